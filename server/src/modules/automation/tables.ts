import { boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { workspaces } from '../workspaces/tables.ts';

/** "When EVENT, if CONDITION, do ACTIONS", defined by the vendor's admins without code. */
export const automationRules = pgTable(
  'automation_rules',
  {
    id: text().primaryKey(),
    workspaceId: text()
      .notNull()
      .references(() => workspaces.id),
    /** The vendor organisation: rules are the vendor's, and see the whole workspace's events. */
    organisationId: text().notNull(),
    name: text().notNull(),
    description: text(),
    eventType: text().notNull(),
    /** A JSON Logic expression over the event; null means always. */
    condition: jsonb(),
    /** Ordered actions, each `{ type, ...parameters, delaySeconds?, recheckCondition? }`. */
    actions: jsonb().notNull(),
    isEnabled: boolean().notNull().default(true),
    createdBy: text(),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('automation_rules_event_idx').on(table.workspaceId, table.eventType)],
);

/** One row per rule × event × action: the run log, and the guarantee that an action runs once. */
export const automationRuleRuns = pgTable(
  'automation_rule_runs',
  {
    id: text().primaryKey(),
    workspaceId: text()
      .notNull()
      .references(() => workspaces.id),
    organisationId: text().notNull(),
    ruleId: text()
      .notNull()
      .references(() => automationRules.id, { onDelete: 'cascade' }),
    eventId: text().notNull(),
    actionIndex: integer().notNull(),
    actionType: text().notNull(),
    status: text({ enum: ['scheduled', 'succeeded', 'skipped', 'failed'] }).notNull(),
    scheduledFor: timestamp({ withTimezone: true }),
    executedAt: timestamp({ withTimezone: true }),
    message: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('automation_rule_runs_once').on(table.ruleId, table.eventId, table.actionIndex),
    index('automation_rule_runs_rule_idx').on(table.workspaceId, table.ruleId, table.id),
  ],
);
