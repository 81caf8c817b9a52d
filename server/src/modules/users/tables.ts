import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { organisations } from '../organisations/tables.ts';
import { workspaces } from '../workspaces/tables.ts';

export const users = pgTable(
  'users',
  {
    id: text().primaryKey(),
    workspaceId: text()
      .notNull()
      .references(() => workspaces.id),
    organisationId: text()
      .notNull()
      .references(() => organisations.id),
    /** Stored lower-cased; unique across the deployment so sign-in needs only e-mail and password. */
    email: text().notNull(),
    name: text().notNull(),
    role: text().notNull(),
    /** Regions a regional manager is limited to; null means no regional limit. */
    regions: text().array(),
    locale: text().notNull().default('en'),
    status: text({ enum: ['active', 'deactivated'] })
      .notNull()
      .default('active'),
    passwordHash: text(),
    mfaSecretEncrypted: text(),
    mfaEnabledAt: timestamp({ withTimezone: true }),
    failedLoginCount: integer().notNull().default(0),
    lockedUntil: timestamp({ withTimezone: true }),
    lastLoginAt: timestamp({ withTimezone: true }),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('users_email_unique').on(sql`lower(${table.email})`),
    index('users_workspace_idx').on(table.workspaceId, table.id),
    index('users_organisation_idx').on(table.organisationId),
  ],
);

export const invitations = pgTable(
  'invitations',
  {
    id: text().primaryKey(),
    workspaceId: text()
      .notNull()
      .references(() => workspaces.id),
    organisationId: text()
      .notNull()
      .references(() => organisations.id),
    email: text().notNull(),
    name: text(),
    role: text().notNull(),
    regions: text().array(),
    tokenHash: text().notNull().unique(),
    invitedBy: text().references(() => users.id),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    acceptedAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('invitations_workspace_idx').on(table.workspaceId, table.id)],
);
