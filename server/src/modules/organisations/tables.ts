import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { workspaces } from '../workspaces/tables.ts';
import { PARTNER_TYPES } from './partner-types.ts';

/**
 * The vendor itself (exactly one per workspace) and its partner companies, with the partner's
 * profile as the directory shows it (F2.1). Profile columns stay empty for the vendor's own row.
 */
export const organisations = pgTable(
  'organisations',
  {
    id: text().primaryKey(),
    workspaceId: text()
      .notNull()
      .references(() => workspaces.id),
    kind: text({ enum: ['vendor', 'partner'] }).notNull(),
    name: text().notNull(),
    websiteDomain: text(),
    /** Sales region the organisation belongs to, e.g. `emea`; regional managers see only theirs. */
    region: text(),
    country: text(),
    status: text({ enum: ['active', 'inactive'] })
      .notNull()
      .default('active'),
    /** Where the partner is in its lifecycle; `status` alone decides whether its people may sign in. */
    lifecycleStage: text({ enum: ['onboarding', 'active'] })
      .notNull()
      .default('active'),
    legalName: text(),
    partnerTypes: text({ enum: PARTNER_TYPES }).array().notNull().default(sql`'{}'`),
    /** A tier's key (e.g. `gold`) until the tiers capability gives tiers their own records. */
    tier: text(),
    industries: text().array().notNull().default(sql`'{}'`),
    certifications: text().array().notNull().default(sql`'{}'`),
    /** How many people the partner can put on the vendor's business (sellers, consultants). */
    capacity: integer(),
    /** The vendor's channel or regional manager who looks after this partner. */
    partnerManagerId: text(),
    street: text(),
    city: text(),
    postalCode: text(),
    stateProvince: text(),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('organisations_workspace_idx').on(table.workspaceId, table.id),
    index('organisations_partner_manager_idx').on(table.workspaceId, table.partnerManagerId),
    uniqueIndex('organisations_one_vendor_per_workspace').on(table.workspaceId).where(sql`kind = 'vendor'`),
  ],
);
