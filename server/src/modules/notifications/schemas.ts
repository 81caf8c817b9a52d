import { z } from 'zod';
import { iso, timestamp } from '../../platform/http/schemas.ts';
import { CHANNELS } from './notification-topics.ts';
import type { emailOutbox, notifications } from './tables.ts';

export const notificationSchema = z
  .object({
    id: z.string(),
    type: z.string().describe('The event type that caused it, e.g. `organisation.created`'),
    title: z.string(),
    body: z.string(),
    link: z.string().nullable().describe('Path in the web app to open'),
    isRead: z.boolean(),
    createdAt: timestamp,
  })
  .meta({ id: 'Notification' });

export function presentNotification(
  row: typeof notifications.$inferSelect,
): z.infer<typeof notificationSchema> {
  return {
    id: row.id,
    type: row.type,
    title: row.title,
    body: row.body,
    link: row.link,
    isRead: row.readAt !== null,
    createdAt: iso(row.createdAt),
  };
}

export const listNotificationsQuery = z.object({
  isUnread: z.enum(['true', 'false']).optional().describe('Only unread (true) or only read (false)'),
});

export const unreadCountSchema = z.object({ count: z.number().int() }).meta({ id: 'UnreadCount' });

export const channelField = z.enum(CHANNELS);

export const notificationPreferenceSchema = z
  .object({
    eventType: z.string(),
    label: z.string(),
    channel: channelField,
    isEnabled: z.boolean(),
    isDefault: z.boolean().describe('True when no choice was made and the default applies'),
  })
  .meta({ id: 'NotificationPreference' });

export const notificationPreferencesSchema = z
  .object({ data: z.array(notificationPreferenceSchema) })
  .meta({ id: 'NotificationPreferences' });

export const setNotificationPreferencesInput = z
  .object({
    preferences: z
      .array(
        z.object({ eventType: z.string().max(80), channel: channelField, isEnabled: z.boolean() }).strict(),
      )
      .min(1)
      .max(100),
  })
  .strict();

export const outboxEmailSchema = z
  .object({
    id: z.string(),
    toAddress: z.string(),
    template: z.string(),
    subject: z.string(),
    textBody: z.string(),
    status: z.enum(['pending', 'queued', 'sent', 'failed', 'held']),
    attempts: z.number().int(),
    lastError: z.string().nullable(),
    createdAt: timestamp,
    sentAt: timestamp.nullable(),
  })
  .meta({ id: 'OutboxEmail' });

export function presentOutboxEmail(row: typeof emailOutbox.$inferSelect): z.infer<typeof outboxEmailSchema> {
  return {
    id: row.id,
    toAddress: row.toAddress,
    template: row.template,
    subject: row.subject,
    textBody: row.textBody,
    status: row.status,
    attempts: row.attempts,
    lastError: row.lastError,
    createdAt: iso(row.createdAt),
    sentAt: iso(row.sentAt),
  };
}

export const listOutboxQuery = z.object({
  status: z.enum(['pending', 'queued', 'sent', 'failed', 'held']).optional(),
  toAddress: z.string().max(254).optional(),
});
