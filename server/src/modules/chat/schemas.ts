import { z } from 'zod';
import { iso, nameField, timestamp } from '../../platform/http/schemas.ts';
import { decryptSecret } from '../../platform/secrets.ts';
import { NOTIFICATION_TOPICS } from '../notifications/notification-topics.ts';
import { CHAT_KINDS, maskWebhookUrl } from './chat-url.ts';
import type { chatIntegrations } from './tables.ts';

export const CHAT_INTEGRATION_STATUSES = ['enabled', 'disabled'] as const;

/** Only events with a notification topic have a title and text to post. */
export const CHAT_EVENT_TYPES = NOTIFICATION_TOPICS.map((topic) => topic.eventType) as [string, ...string[]];

const eventTypesField = z
  .array(z.enum(CHAT_EVENT_TYPES))
  .max(CHAT_EVENT_TYPES.length * 2)
  .transform((types) => [...new Set(types)])
  .describe('Notification event types to post; an empty list posts every one');

const webhookUrlField = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(2048)
  .describe(
    'The incoming-webhook URL from Slack or Teams. A credential: stored encrypted, shown masked afterwards',
  );

export const chatIntegrationSchema = z
  .object({
    id: z.string(),
    organisationId: z.string(),
    kind: z
      .enum(CHAT_KINDS)
      .describe('Decides the message format: Block Kit for Slack, an Adaptive Card for Teams'),
    name: z.string(),
    maskedWebhookUrl: z
      .string()
      .describe('Enough of the URL to recognise it; the whole URL is never returned'),
    eventTypes: z.array(z.string()),
    status: z.enum(CHAT_INTEGRATION_STATUSES),
    lastError: z.string().nullable().describe('Why the last message failed; cleared by the next success'),
    version: z.number().int(),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .meta({ id: 'ChatIntegration' });

export const createChatIntegrationInput = z
  .object({
    kind: z.enum(CHAT_KINDS),
    name: nameField,
    webhookUrl: webhookUrlField,
    eventTypes: eventTypesField.default([]),
  })
  .strict();

export const updateChatIntegrationInput = z
  .object({
    name: nameField,
    webhookUrl: webhookUrlField,
    eventTypes: eventTypesField,
    status: z.enum(CHAT_INTEGRATION_STATUSES).describe('Enabling again clears the last error'),
  })
  .partial()
  .strict()
  .refine((input) => Object.keys(input).length > 0, { message: 'send at least one field to change' });

export const chatTestResultSchema = z
  .object({
    outcome: z.enum(['delivered', 'failed']),
    statusCode: z.number().int().nullable().describe('Null when no HTTP answer arrived'),
    error: z.string().nullable(),
    responseBody: z.string().describe('The first 1 KiB of what Slack or Teams answered'),
    isIntegrationDisabled: z
      .boolean()
      .describe(
        'The answer said the webhook is gone (e.g. channel archived), so the integration was disabled',
      ),
  })
  .meta({ id: 'ChatTestResult' });

type ChatIntegrationRow = typeof chatIntegrations.$inferSelect;
export type ChatIntegrationDto = z.infer<typeof chatIntegrationSchema>;

/** The stored URL in plain text; null when it was sealed with another instance secret. */
export function readWebhookUrl(row: Pick<ChatIntegrationRow, 'webhookUrlEncrypted'>, secret: string) {
  try {
    return decryptSecret(secret, row.webhookUrlEncrypted);
  } catch {
    return null;
  }
}

/** The URL is decrypted only to be masked. */
export function presentChatIntegration(row: ChatIntegrationRow, secret: string): ChatIntegrationDto {
  const webhookUrl = readWebhookUrl(row, secret);
  return {
    id: row.id,
    organisationId: row.organisationId,
    kind: row.kind,
    name: row.name,
    maskedWebhookUrl:
      webhookUrl === null ? '(unreadable with this instance secret)' : maskWebhookUrl(webhookUrl),
    eventTypes: row.eventTypes,
    status: row.status,
    lastError: row.lastError,
    version: row.version,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  };
}

/**
 * What the audit trail keeps: no URL at all, not even masked, since the trail is permanent and
 * exported. A changed URL shows as `webhookUrlChanged` on the update.
 */
export function auditChatIntegration(row: ChatIntegrationRow) {
  return {
    id: row.id,
    organisationId: row.organisationId,
    kind: row.kind,
    name: row.name,
    eventTypes: row.eventTypes,
    status: row.status,
    lastError: row.lastError,
    version: row.version,
  };
}
