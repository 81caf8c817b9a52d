import { integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/** Responses to POSTs sent with an `Idempotency-Key`, replayed when the same caller retries. */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    workspaceId: text().notNull(),
    callerId: text().notNull(),
    key: text().notNull(),
    requestHash: text().notNull(),
    responseStatus: integer(),
    responseBody: jsonb(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.workspaceId, table.callerId, table.key] })],
);
