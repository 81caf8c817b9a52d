import { sql } from 'drizzle-orm';
import { index, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { workspaces } from '../workspaces/tables.ts';

/**
 * The outbox of domain events: written in the same transaction as the change it describes, so an
 * event exists if and only if its change committed. The dispatcher fans each one out once.
 */
export const domainEvents = pgTable(
  'domain_events',
  {
    id: text().primaryKey(),
    workspaceId: text()
      .notNull()
      .references(() => workspaces.id),
    /** Organisation the changed entity belongs to; partners only ever see their own events. */
    organisationId: text(),
    type: text().notNull(),
    entityType: text().notNull(),
    entityId: text().notNull(),
    actorType: text({ enum: ['user', 'api_key', 'system'] }).notNull(),
    actorId: text(),
    data: jsonb().notNull(),
    occurredAt: timestamp({ withTimezone: true, precision: 3 }).notNull(),
    dispatchedAt: timestamp({ withTimezone: true }),
  },
  (table) => [
    index('domain_events_pending_idx').on(table.workspaceId, table.id).where(sql`dispatched_at IS NULL`),
    index('domain_events_entity_idx').on(table.workspaceId, table.entityType, table.entityId),
  ],
);
