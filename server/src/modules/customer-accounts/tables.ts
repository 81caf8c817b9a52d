import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { workspaces } from '../workspaces/tables.ts';

/**
 * A customer the vendor already knows: the CRM's account, for now imported from a file or sent
 * through the API. Deal registrations are checked against these; a direct-only account is reserved
 * for the vendor's own sales team by the rules of engagement. Vendor data: partners never read it.
 */
export const customerAccounts = pgTable(
  'customer_accounts',
  {
    id: text().primaryKey(),
    workspaceId: text()
      .notNull()
      .references(() => workspaces.id),
    name: text().notNull(),
    /** `normaliseCompanyName(name)`, written by the app: what conflict matching compares. */
    normalisedName: text().notNull(),
    /** Registrable domains (`acme.com`, not `www.shop.acme.com`), normalised by the app. */
    domains: text().array().notNull().default(sql`'{}'`),
    /** ISO 3166-1 alpha-2. */
    country: text(),
    /** The vendor user who owns the account, when the owner is a Trellis user. */
    ownerUserId: text(),
    /** The owner's name as the CRM gave it, for accounts owned by someone outside Trellis. */
    ownerName: text(),
    isDirectOnly: boolean().notNull().default(false),
    /** Why the account is reserved for direct sales; shown to vendor staff only. */
    directOnlyReason: text(),
    /** The CRM's id, so re-importing a file updates instead of duplicating. */
    externalId: text(),
    source: text({ enum: ['import', 'api', 'crm'] })
      .notNull()
      .default('api'),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('customer_accounts_list_idx').on(table.workspaceId, table.id),
    index('customer_accounts_normalised_name_idx').on(table.workspaceId, table.normalisedName),
    uniqueIndex('customer_accounts_external_id').on(table.workspaceId, table.externalId),
    index('customer_accounts_direct_only_idx').on(table.workspaceId, table.id).where(sql`is_direct_only`),
  ],
);

/** An opportunity the vendor's CRM holds on an account; open ones make the account contested. */
export const customerOpportunities = pgTable(
  'customer_opportunities',
  {
    id: text().primaryKey(),
    workspaceId: text()
      .notNull()
      .references(() => workspaces.id),
    accountId: text()
      .notNull()
      .references(() => customerAccounts.id),
    name: text().notNull(),
    stage: text().notNull(),
    isOpen: boolean().notNull().default(true),
    amount: numeric({ precision: 14, scale: 2, mode: 'number' }),
    currency: text(),
    closeDate: date({ mode: 'string' }),
    ownerName: text(),
    externalId: text(),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('customer_opportunities_account_idx').on(table.workspaceId, table.accountId),
    index('customer_opportunities_open_idx').on(table.accountId).where(sql`is_open`),
    uniqueIndex('customer_opportunities_external_id').on(table.workspaceId, table.externalId),
  ],
);
