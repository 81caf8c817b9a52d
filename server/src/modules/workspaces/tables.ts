import { customType, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

/** One vendor's partner program. Every tenant-owned row elsewhere carries its id. */
export const workspaces = pgTable('workspaces', {
  id: text().primaryKey(),
  name: text().notNull(),
  slug: text().notNull().unique(),
  /** Branding shown in the portal and e-mails; null: Trellis's own. */
  productName: text(),
  primaryColor: text(),
  /** Small (≤ 256 KB) PNG, JPEG or WebP; public, since e-mail clients fetch it without signing in. */
  logo: bytea(),
  logoContentType: text(),
  version: integer().notNull().default(1),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
