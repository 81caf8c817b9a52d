import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { workspaces } from '../workspaces/tables.ts';

/** People at a partner the vendor talks to; not necessarily users of the portal. */
export const partnerContacts = pgTable(
  'partner_contacts',
  {
    id: text().primaryKey(),
    workspaceId: text()
      .notNull()
      .references(() => workspaces.id),
    organisationId: text().notNull(),
    name: text().notNull(),
    email: text(),
    phone: text(),
    jobTitle: text(),
    /** The one contact the vendor reaches first; at most one per partner. */
    isPrimary: boolean().notNull().default(false),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('partner_contacts_organisation_idx').on(table.workspaceId, table.organisationId, table.id),
  ],
);

/** A person's named set of directory filters ("EMEA gold resellers"), theirs alone. */
export const savedViews = pgTable(
  'saved_views',
  {
    id: text().primaryKey(),
    workspaceId: text()
      .notNull()
      .references(() => workspaces.id),
    /** The owner's organisation, for row-level security; `userId` is the owner. */
    organisationId: text().notNull(),
    userId: text().notNull(),
    /** Which list the view filters; the directory's is `partners`. */
    list: text({ enum: ['partners'] }).notNull(),
    name: text().notNull(),
    filters: jsonb().notNull().default(sql`'{}'::jsonb`),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('saved_views_owner_idx').on(table.workspaceId, table.userId, table.list)],
);
