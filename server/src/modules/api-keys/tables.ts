import { index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { organisations } from '../organisations/tables.ts';
import { users } from '../users/tables.ts';
import { workspaces } from '../workspaces/tables.ts';

/** Integration credentials. The secret is shown once; only its SHA-256 and a display prefix stay. */
export const apiKeys = pgTable(
  'api_keys',
  {
    id: text().primaryKey(),
    workspaceId: text()
      .notNull()
      .references(() => workspaces.id),
    organisationId: text()
      .notNull()
      .references(() => organisations.id),
    /** The key acts with this user's role, narrowed to its scopes. */
    createdBy: text()
      .notNull()
      .references(() => users.id),
    name: text().notNull(),
    prefix: text().notNull(),
    keyHash: text().notNull().unique(),
    scopes: text().array().notNull(),
    expiresAt: timestamp({ withTimezone: true }),
    lastUsedAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('api_keys_workspace_idx').on(table.workspaceId, table.id)],
);
