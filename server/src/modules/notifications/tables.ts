import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { workspaces } from '../workspaces/tables.ts';

/**
 * Outgoing e-mail, written in the same transaction as the change that caused it and sent by a
 * job with retries. With no SMTP server configured the messages stay here, readable in the API.
 */
export const emailOutbox = pgTable(
  'email_outbox',
  {
    id: text().primaryKey(),
    workspaceId: text()
      .notNull()
      .references(() => workspaces.id),
    organisationId: text(),
    /** Recipient when they are a user (null for invitations to people without an account). */
    userId: text(),
    eventId: text(),
    toAddress: text().notNull(),
    template: text().notNull(),
    subject: text().notNull(),
    textBody: text().notNull(),
    htmlBody: text(),
    status: text({ enum: ['pending', 'queued', 'sent', 'failed', 'held'] })
      .notNull()
      .default('pending'),
    attempts: integer().notNull().default(0),
    lastError: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp({ withTimezone: true }),
  },
  (table) => [index('email_outbox_unsent_idx').on(table.createdAt).where(sql`sent_at IS NULL`)],
);

/** The in-app notification centre. */
export const notifications = pgTable(
  'notifications',
  {
    id: text().primaryKey(),
    workspaceId: text()
      .notNull()
      .references(() => workspaces.id),
    organisationId: text().notNull(),
    userId: text().notNull(),
    eventId: text(),
    type: text().notNull(),
    title: text().notNull(),
    body: text().notNull(),
    link: text(),
    readAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('notifications_user_idx').on(table.workspaceId, table.userId, table.id),
    index('notifications_unread_idx').on(table.userId).where(sql`read_at IS NULL`),
  ],
);

/** Per user, per event type and channel: an explicit choice overrides the event's default. */
export const notificationPreferences = pgTable(
  'notification_preferences',
  {
    workspaceId: text()
      .notNull()
      .references(() => workspaces.id),
    organisationId: text().notNull(),
    userId: text().notNull(),
    eventType: text().notNull(),
    channel: text({ enum: ['in_app', 'email', 'slack', 'teams'] }).notNull(),
    isEnabled: boolean().notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.userId, table.eventType, table.channel] })],
);
