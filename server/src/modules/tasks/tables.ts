import { index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { workspaces } from '../workspaces/tables.ts';

/** A to-do for one person, linked to any entity; created by people or by automation rules. */
export const tasks = pgTable(
  'tasks',
  {
    id: text().primaryKey(),
    workspaceId: text()
      .notNull()
      .references(() => workspaces.id),
    /** The assignee's organisation: a partner's tasks stay with that partner. */
    organisationId: text().notNull(),
    assigneeId: text().notNull(),
    title: text().notNull(),
    description: text(),
    dueAt: timestamp({ withTimezone: true }),
    status: text({ enum: ['open', 'done', 'cancelled'] })
      .notNull()
      .default('open'),
    entityType: text(),
    entityId: text(),
    createdByType: text({ enum: ['user', 'api_key', 'system', 'rule'] }).notNull(),
    createdById: text(),
    completedAt: timestamp({ withTimezone: true }),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('tasks_assignee_idx').on(table.workspaceId, table.assigneeId, table.id),
    index('tasks_entity_idx').on(table.workspaceId, table.entityType, table.entityId),
  ],
);
