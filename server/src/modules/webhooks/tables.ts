import { index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { workspaces } from '../workspaces/tables.ts';

/**
 * Where an organisation wants its events POSTed. A partner's endpoint receives only events of its
 * own organisation: row-level security decides, as everywhere.
 */
export const webhookEndpoints = pgTable(
  'webhook_endpoints',
  {
    id: text().primaryKey(),
    workspaceId: text()
      .notNull()
      .references(() => workspaces.id),
    organisationId: text().notNull(),
    url: text().notNull(),
    description: text(),
    /** Event types to send; empty means every event. */
    eventTypes: text().array().notNull(),
    secret: text().notNull(),
    /** Still signs during rotation, so receivers can switch secrets without missing a delivery. */
    previousSecret: text(),
    previousSecretExpiresAt: timestamp({ withTimezone: true }),
    status: text({ enum: ['enabled', 'disabled'] })
      .notNull()
      .default('enabled'),
    disabledReason: text(),
    consecutiveFailures: integer().notNull().default(0),
    firstFailureAt: timestamp({ withTimezone: true }),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('webhook_endpoints_workspace_idx').on(table.workspaceId, table.id)],
);

export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: text().primaryKey(),
    workspaceId: text()
      .notNull()
      .references(() => workspaces.id),
    organisationId: text().notNull(),
    endpointId: text()
      .notNull()
      .references(() => webhookEndpoints.id, { onDelete: 'cascade' }),
    eventId: text().notNull(),
    eventType: text().notNull(),
    payload: jsonb().notNull(),
    status: text({ enum: ['pending', 'delivered', 'failed'] })
      .notNull()
      .default('pending'),
    attempts: integer().notNull().default(0),
    lastStatusCode: integer(),
    lastError: text(),
    nextAttemptAt: timestamp({ withTimezone: true }),
    deliveredAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('webhook_deliveries_endpoint_idx').on(table.workspaceId, table.endpointId, table.id),
    index('webhook_deliveries_event_idx').on(table.eventId),
  ],
);

/** Every attempt with what the receiver answered, for the admin's delivery log. */
export const webhookAttempts = pgTable(
  'webhook_attempts',
  {
    id: text().primaryKey(),
    workspaceId: text()
      .notNull()
      .references(() => workspaces.id),
    organisationId: text().notNull(),
    deliveryId: text()
      .notNull()
      .references(() => webhookDeliveries.id, { onDelete: 'cascade' }),
    attemptedAt: timestamp({ withTimezone: true }).notNull(),
    statusCode: integer(),
    durationMs: integer().notNull(),
    error: text(),
    responseBody: text(),
  },
  (table) => [index('webhook_attempts_delivery_idx').on(table.deliveryId)],
);
