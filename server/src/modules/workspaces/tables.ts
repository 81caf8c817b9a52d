import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** One vendor's partner program. Every tenant-owned row elsewhere carries its id. */
export const workspaces = pgTable('workspaces', {
  id: text().primaryKey(),
  name: text().notNull(),
  slug: text().notNull().unique(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
