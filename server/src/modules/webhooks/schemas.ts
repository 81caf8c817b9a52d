import { z } from 'zod';
import { iso, timestamp } from '../../platform/http/schemas.ts';
import type { webhookAttempts, webhookDeliveries, webhookEndpoints } from './tables.ts';

/** The audit action names, e.g. `organisation.created`: lower-case words joined by dots. */
export const eventTypeField = z
  .string()
  .max(100)
  .regex(/^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/, 'must be an event type such as "organisation.created"');

export const MAX_EVENT_TYPES = 50;

const eventTypesField = z
  .array(eventTypeField)
  .max(MAX_EVENT_TYPES)
  .transform((types) => [...new Set(types)])
  .describe('Event types to send; an empty list sends every event');

const urlField = z.string().trim().max(2048).describe('Where events are POSTed; http or https');
const descriptionField = z.string().trim().max(500);

export const WEBHOOK_ENDPOINT_STATUSES = ['enabled', 'disabled'] as const;
export const WEBHOOK_DELIVERY_STATUSES = ['pending', 'delivered', 'failed'] as const;

/** The reason a hand-made disable leaves; any other reason is ours (failing deliveries, 410 Gone). */
export const DISABLED_BY_ADMINISTRATOR_REASON = 'Disabled by an administrator.';

export const webhookEndpointSchema = z
  .object({
    id: z.string(),
    organisationId: z.string(),
    url: z.string(),
    description: z.string().nullable(),
    eventTypes: z.array(z.string()),
    status: z.enum(WEBHOOK_ENDPOINT_STATUSES),
    disabledReason: z.string().nullable(),
    disabledBy: z
      .enum(['administrator', 'delivery_failures'])
      .nullable()
      .describe('Who switched a disabled endpoint off: a person, or Trellis because deliveries kept failing'),
    consecutiveFailures: z.number().int().describe('Failed attempts since the last successful one'),
    firstFailureAt: timestamp.nullable(),
    previousSecretExpiresAt: timestamp
      .nullable()
      .describe('Until then deliveries are also signed with the secret before the last rotation'),
    version: z.number().int(),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .meta({ id: 'WebhookEndpoint' });

const secretField = z.string().describe('The signing secret (`whsec_…`). Shown this once; store it now.');

export const createdWebhookEndpointSchema = webhookEndpointSchema
  .extend({ secret: secretField })
  .meta({ id: 'CreatedWebhookEndpoint' });

export const rotatedWebhookEndpointSchema = webhookEndpointSchema
  .extend({ secret: secretField })
  .meta({ id: 'RotatedWebhookEndpoint' });

export const createWebhookEndpointInput = z
  .object({
    url: urlField,
    description: descriptionField.optional(),
    eventTypes: eventTypesField.default([]),
  })
  .strict();

export const updateWebhookEndpointInput = z
  .object({
    url: urlField,
    description: descriptionField.nullable(),
    eventTypes: eventTypesField,
    status: z
      .enum(WEBHOOK_ENDPOINT_STATUSES)
      .describe('Enabling again clears the failure streak; deliveries resume with new events'),
  })
  .partial()
  .strict()
  .refine((input) => Object.keys(input).length > 0, { message: 'send at least one field to change' });

export const listWebhookDeliveriesQuery = z.object({
  status: z.enum(WEBHOOK_DELIVERY_STATUSES).optional(),
});

export const webhookEventTypeSchema = z
  .object({
    type: z.string().describe('What to put in `eventTypes`, e.g. `organisation.created`'),
    entityType: z.string(),
    description: z.string(),
  })
  .meta({ id: 'WebhookEventType' });

export const webhookDeliverySchema = z
  .object({
    id: z.string().describe('Sent as `webhook-id`; the same on every attempt, so receivers can drop repeats'),
    endpointId: z.string(),
    eventId: z.string(),
    eventType: z.string(),
    status: z.enum(WEBHOOK_DELIVERY_STATUSES),
    attempts: z.number().int(),
    lastStatusCode: z.number().int().nullable(),
    lastError: z.string().nullable(),
    nextAttemptAt: timestamp.nullable(),
    deliveredAt: timestamp.nullable(),
    createdAt: timestamp,
  })
  .meta({ id: 'WebhookDelivery' });

export const webhookAttemptSchema = z
  .object({
    id: z.string(),
    attemptedAt: timestamp,
    statusCode: z.number().int().nullable().describe('Null when no HTTP answer arrived'),
    durationMs: z.number().int(),
    error: z.string().nullable(),
    responseBody: z.string().nullable().describe('The first 2 KiB of what the receiver answered'),
  })
  .meta({ id: 'WebhookAttempt' });

export const webhookDeliveryDetailSchema = webhookDeliverySchema
  .extend({
    payload: z.unknown().describe('The JSON body sent'),
    attemptLog: z.array(webhookAttemptSchema).describe('Every attempt, oldest first'),
  })
  .meta({ id: 'WebhookDeliveryDetail' });

export type WebhookEndpointDto = z.infer<typeof webhookEndpointSchema>;
export type WebhookDeliveryDto = z.infer<typeof webhookDeliverySchema>;

function disabledByOf(row: typeof webhookEndpoints.$inferSelect): WebhookEndpointDto['disabledBy'] {
  if (row.status === 'enabled') return null;
  return row.disabledReason === DISABLED_BY_ADMINISTRATOR_REASON ? 'administrator' : 'delivery_failures';
}

export function presentWebhookEndpoint(row: typeof webhookEndpoints.$inferSelect): WebhookEndpointDto {
  return {
    id: row.id,
    organisationId: row.organisationId,
    url: row.url,
    description: row.description,
    eventTypes: row.eventTypes,
    status: row.status,
    disabledReason: row.disabledReason,
    disabledBy: disabledByOf(row),
    consecutiveFailures: row.consecutiveFailures,
    firstFailureAt: iso(row.firstFailureAt),
    previousSecretExpiresAt: iso(row.previousSecretExpiresAt),
    version: row.version,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  };
}

export function presentWebhookDelivery(row: typeof webhookDeliveries.$inferSelect): WebhookDeliveryDto {
  return {
    id: row.id,
    endpointId: row.endpointId,
    eventId: row.eventId,
    eventType: row.eventType,
    status: row.status,
    attempts: row.attempts,
    lastStatusCode: row.lastStatusCode,
    lastError: row.lastError,
    nextAttemptAt: iso(row.nextAttemptAt),
    deliveredAt: iso(row.deliveredAt),
    createdAt: iso(row.createdAt),
  };
}

export function presentWebhookAttempt(row: typeof webhookAttempts.$inferSelect) {
  return {
    id: row.id,
    attemptedAt: iso(row.attemptedAt),
    statusCode: row.statusCode,
    durationMs: row.durationMs,
    error: row.error,
    responseBody: row.responseBody,
  };
}
