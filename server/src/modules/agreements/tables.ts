import {
  boolean,
  customType,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { PARTNER_TYPES } from '../organisations/partner-types.ts';
import { workspaces } from '../workspaces/tables.ts';

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

/**
 * A partner agreement (program terms, NDA, reseller agreement) for some regions and partner
 * types; empty lists mean every region or type. Its text lives in numbered versions.
 */
export const agreementTemplates = pgTable(
  'agreement_templates',
  {
    id: text().primaryKey(),
    workspaceId: text()
      .notNull()
      .references(() => workspaces.id),
    name: text().notNull(),
    description: text(),
    regions: text().array().notNull().default([]),
    partnerTypes: text({ enum: PARTNER_TYPES }).array().notNull().default([]),
    /** Partners must accept the published version before they may work with the program. */
    isMandatory: boolean().notNull().default(true),
    status: text({ enum: ['active', 'archived'] })
      .notNull()
      .default('active'),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('agreement_templates_workspace_idx').on(table.workspaceId, table.id)],
);

/** One wording of an agreement. Drafts can change; a published version never does. */
export const agreementVersions = pgTable(
  'agreement_versions',
  {
    id: text().primaryKey(),
    workspaceId: text()
      .notNull()
      .references(() => workspaces.id),
    templateId: text().notNull(),
    number: integer().notNull(),
    title: text().notNull(),
    body: text().notNull(),
    publishedAt: timestamp({ withTimezone: true }),
    createdById: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('agreement_versions_number').on(table.templateId, table.number)],
);

/**
 * A partner's click-wrap acceptance of one version: who, when, from where, and the exact text
 * as a PDF whose SHA-256 is recorded, so the acceptance can be proven later.
 */
export const agreementAcceptances = pgTable(
  'agreement_acceptances',
  {
    id: text().primaryKey(),
    workspaceId: text()
      .notNull()
      .references(() => workspaces.id),
    organisationId: text().notNull(),
    templateId: text().notNull(),
    versionId: text().notNull(),
    userId: text().notNull(),
    signerName: text().notNull(),
    signerEmail: text().notNull(),
    ip: text(),
    userAgent: text(),
    /** SHA-256 (hex) of the accepted text exactly as shown. */
    textSha256: text().notNull(),
    pdf: bytea().notNull(),
    /** SHA-256 (hex) of the PDF bytes, printed for the partner to verify the download. */
    pdfSha256: text().notNull(),
    acceptedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('agreement_acceptances_once').on(table.organisationId, table.versionId),
    index('agreement_acceptances_workspace_idx').on(table.workspaceId, table.organisationId),
  ],
);
