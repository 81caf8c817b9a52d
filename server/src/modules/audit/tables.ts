import { bigint, index, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { workspaces } from '../workspaces/tables.ts';

/**
 * Append-only record of every change. Each event's hash covers its content and the previous
 * event's hash in the same workspace, so editing or deleting any row breaks the chain.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: text().primaryKey(),
    workspaceId: text()
      .notNull()
      .references(() => workspaces.id),
    /** Position in the workspace's chain, starting at 1 with no gaps. */
    sequence: bigint({ mode: 'number' }).notNull(),
    occurredAt: timestamp({ withTimezone: true, precision: 3 }).notNull(),
    actorType: text({ enum: ['user', 'api_key', 'system'] }).notNull(),
    actorId: text(),
    /** Organisation the changed entity belongs to, for partner visibility; null for workspace-level. */
    organisationId: text(),
    action: text().notNull(),
    entityType: text().notNull(),
    entityId: text().notNull(),
    before: jsonb(),
    after: jsonb(),
    requestId: text(),
    ip: text(),
    previousHash: text().notNull(),
    hash: text().notNull(),
  },
  (table) => [
    uniqueIndex('audit_events_chain').on(table.workspaceId, table.sequence),
    index('audit_events_entity_idx').on(table.workspaceId, table.entityType, table.entityId),
    index('audit_events_workspace_id_idx').on(table.workspaceId, table.id),
  ],
);

/** The newest link of each workspace's chain; lets `audit verify` notice a deleted tail. */
export const auditChainHeads = pgTable('audit_chain_heads', {
  workspaceId: text()
    .primaryKey()
    .references(() => workspaces.id),
  lastSequence: bigint({ mode: 'number' }).notNull(),
  lastHash: text().notNull(),
});
