import { index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { workspaces } from '../workspaces/tables.ts';

/** A Slack or Microsoft Teams incoming webhook that receives notices about chosen event types. */
export const chatIntegrations = pgTable(
  'chat_integrations',
  {
    id: text().primaryKey(),
    workspaceId: text()
      .notNull()
      .references(() => workspaces.id),
    organisationId: text().notNull(),
    kind: text({ enum: ['slack', 'teams'] }).notNull(),
    name: text().notNull(),
    /** The incoming-webhook URL is a credential: stored encrypted with the instance secret. */
    webhookUrlEncrypted: text().notNull(),
    /** Event types to post; empty means the notification topics' defaults. */
    eventTypes: text().array().notNull(),
    status: text({ enum: ['enabled', 'disabled'] })
      .notNull()
      .default('enabled'),
    lastError: text(),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('chat_integrations_workspace_idx').on(table.workspaceId, table.id)],
);
