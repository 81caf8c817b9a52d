import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { workspaces } from '../workspaces/tables.ts';

/**
 * The vendor itself (exactly one per workspace) and its partner companies. This is the minimal
 * partner record; the partner lifecycle module extends it with the full profile.
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
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('organisations_workspace_idx').on(table.workspaceId, table.id),
    uniqueIndex('organisations_one_vendor_per_workspace').on(table.workspaceId).where(sql`kind = 'vendor'`),
  ],
);
