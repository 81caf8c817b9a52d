import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { PARTNER_TYPES } from '../organisations/partner-types.ts';
import { workspaces } from '../workspaces/tables.ts';
import { COMPANY_SIZES } from './company-sizes.ts';
import type { ProfileCriteria, ScoreReason } from './scoring.ts';

/**
 * What the vendor looks for in a new partner (F2.2): a weight and the preferred values per
 * criterion, plus the regions and industries the public application form offers. One per workspace.
 */
export const idealPartnerProfiles = pgTable(
  'ideal_partner_profiles',
  {
    id: text().primaryKey(),
    workspaceId: text()
      .notNull()
      .references(() => workspaces.id),
    criteria: jsonb().$type<ProfileCriteria>().notNull(),
    formRegions: text().array().notNull(),
    formIndustries: text().array().notNull(),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('ideal_partner_profiles_one_per_workspace').on(table.workspaceId)],
);

/**
 * A company asking to join the partner program through the public form, with its fit score
 * against the Ideal Partner Profile. Vendor staff decide; approval creates the partner organisation.
 */
export const partnerApplications = pgTable(
  'partner_applications',
  {
    id: text().primaryKey(),
    workspaceId: text()
      .notNull()
      .references(() => workspaces.id),
    status: text({ enum: ['new', 'approved', 'rejected'] })
      .notNull()
      .default('new'),
    companyName: text().notNull(),
    websiteDomain: text().notNull(),
    country: text().notNull(),
    region: text().notNull(),
    partnerTypes: text({ enum: PARTNER_TYPES }).array().notNull(),
    industries: text().array().notNull(),
    companySize: text({ enum: COMPANY_SIZES }).notNull(),
    certifications: text().array().notNull(),
    applicantName: text().notNull(),
    applicantEmail: text().notNull(),
    applicantJobTitle: text().notNull(),
    message: text(),
    /** The language the applicant used on the form; their e-mails are written in it. */
    locale: text().notNull(),
    consentedAt: timestamp({ withTimezone: true }).notNull(),
    fitScore: integer().notNull(),
    scoreReasons: jsonb().$type<ScoreReason[]>().notNull(),
    scoredAt: timestamp({ withTimezone: true }).notNull(),
    decidedById: text(),
    decidedAt: timestamp({ withTimezone: true }),
    /** Why the application was turned down, as e-mailed to the applicant. */
    rejectionMessage: text(),
    /** The partner organisation approval created. */
    partnerOrganisationId: text(),
    invitationId: text(),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('partner_applications_workspace_idx').on(table.workspaceId, table.status, table.id),
    index('partner_applications_score_idx').on(table.workspaceId, table.status, table.fitScore, table.id),
  ],
);
