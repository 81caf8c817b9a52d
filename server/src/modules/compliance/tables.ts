import { sql } from 'drizzle-orm';
import {
  boolean,
  customType,
  date,
  index,
  integer,
  pgTable,
  real,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { PARTNER_TYPES } from '../organisations/partner-types.ts';
import { workspaces } from '../workspaces/tables.ts';

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

/**
 * Something partners must keep on file (data-processing agreement, anti-bribery statement,
 * insurance certificate), for some regions and partner types; empty lists mean every one.
 */
export const complianceRequirements = pgTable(
  'compliance_requirements',
  {
    id: text().primaryKey(),
    workspaceId: text()
      .notNull()
      .references(() => workspaces.id),
    name: text().notNull(),
    description: text(),
    regions: text().array().notNull().default([]),
    partnerTypes: text({ enum: PARTNER_TYPES }).array().notNull().default([]),
    /** A partner missing it (or holding an expired one) is non-compliant. */
    isMandatory: boolean().notNull().default(true),
    /** Without a document the partner attests (a submission without a file) and a reviewer approves. */
    isDocumentRequired: boolean().notNull().default(true),
    /** How long an approved submission stays valid from its issue date; null: it does not expire. */
    validityMonths: integer(),
    /** How many days before expiry the partner's admins are reminded, once. */
    reminderDaysBeforeExpiry: integer().notNull().default(30),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('compliance_requirements_workspace_idx').on(table.workspaceId, table.id)],
);

/**
 * One submission by a partner against a requirement. A new submission replaces a pending one
 * (superseded); approving replaces the previously approved one. Every row stays as history.
 */
export const complianceDocuments = pgTable(
  'compliance_documents',
  {
    id: text().primaryKey(),
    workspaceId: text()
      .notNull()
      .references(() => workspaces.id),
    organisationId: text().notNull(),
    requirementId: text().notNull(),
    status: text({ enum: ['submitted', 'approved', 'rejected', 'expired', 'superseded'] }).notNull(),
    fileName: text(),
    contentType: text(),
    sizeBytes: integer(),
    content: bytea(),
    /** SHA-256 (hex) of the file's bytes, for the partner and reviewers to verify a download. */
    sha256: text(),
    issuedOn: date({ mode: 'string' }),
    /** The first day it is no longer valid; null: it does not expire. */
    expiresOn: date({ mode: 'string' }),
    submittedById: text().notNull(),
    submittedAt: timestamp({ withTimezone: true }).notNull(),
    reviewedById: text(),
    reviewedAt: timestamp({ withTimezone: true }),
    rejectionReason: text(),
    /** Set when the "expiring soon" reminder went out, so it goes out once. */
    expiryReminderSentAt: timestamp({ withTimezone: true }),
    version: integer().notNull().default(1),
  },
  (table) => [
    index('compliance_documents_organisation_idx').on(table.workspaceId, table.organisationId, table.id),
    uniqueIndex('compliance_documents_one_pending')
      .on(table.organisationId, table.requirementId)
      .where(sql`status = 'submitted'`),
    uniqueIndex('compliance_documents_one_approved')
      .on(table.organisationId, table.requirementId)
      .where(sql`status = 'approved'`),
  ],
);

/** Each sanctions list upload; the newest one's entries are the list partners are screened against. */
export const sanctionsListUploads = pgTable(
  'sanctions_list_uploads',
  {
    id: text().primaryKey(),
    workspaceId: text()
      .notNull()
      .references(() => workspaces.id),
    fileName: text().notNull(),
    entryCount: integer().notNull(),
    /** How alike (trigram similarity of normalised names, 0–1) a partner name must be to be a hit. */
    matchThreshold: real().notNull().default(0.6),
    uploadedById: text(),
    uploadedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (table) => [index('sanctions_list_uploads_workspace_idx').on(table.workspaceId, table.id)],
);

/** A sanctioned party on the current list. Replaced wholesale by the next upload. */
export const sanctionsEntries = pgTable(
  'sanctions_entries',
  {
    id: text().primaryKey(),
    workspaceId: text()
      .notNull()
      .references(() => workspaces.id),
    uploadId: text().notNull(),
    name: text().notNull(),
    aliases: text().array().notNull().default([]),
    country: text(),
    source: text(),
    reference: text(),
  },
  (table) => [index('sanctions_entries_workspace_idx').on(table.workspaceId, table.id)],
);

/** Every normalised name (the entry's name and each alias) a partner name is compared with. */
export const sanctionsEntryNames = pgTable(
  'sanctions_entry_names',
  {
    id: text().primaryKey(),
    workspaceId: text()
      .notNull()
      .references(() => workspaces.id),
    entryId: text().notNull(),
    normalisedName: text().notNull(),
  },
  (table) => [index('sanctions_entry_names_entry_idx').on(table.workspaceId, table.entryId)],
);

/**
 * A partner name that looked like a list entry. The entry is copied in: the list it came from
 * may be replaced, the evidence may not. A vendor clears it (false positive) or confirms it.
 */
export const sanctionsHits = pgTable(
  'sanctions_hits',
  {
    id: text().primaryKey(),
    workspaceId: text()
      .notNull()
      .references(() => workspaces.id),
    organisationId: text().notNull(),
    uploadId: text().notNull(),
    /** Source, reference and normalised name: the same listed party across uploads. */
    entryKey: text().notNull(),
    screenedName: text().notNull(),
    matchedName: text().notNull(),
    score: real().notNull(),
    entryName: text().notNull(),
    entryAliases: text().array().notNull().default([]),
    entryCountry: text(),
    entrySource: text(),
    entryReference: text(),
    status: text({ enum: ['open', 'cleared', 'confirmed'] })
      .notNull()
      .default('open'),
    resolutionNote: text(),
    resolvedById: text(),
    resolvedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull(),
  },
  (table) => [
    index('sanctions_hits_workspace_idx').on(table.workspaceId, table.id),
    uniqueIndex('sanctions_hits_once').on(table.workspaceId, table.organisationId, table.entryKey),
  ],
);
