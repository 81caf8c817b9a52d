import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { workspaces } from '../workspaces/tables.ts';

/**
 * Outgoing e-mail, written in the same transaction as the change that caused it. The delivery
 * worker (notifications issue) sends what is unsent; until then the outbox is the inbox of record.
 */
export const emailOutbox = pgTable(
  'email_outbox',
  {
    id: text().primaryKey(),
    workspaceId: text()
      .notNull()
      .references(() => workspaces.id),
    organisationId: text(),
    toAddress: text().notNull(),
    template: text().notNull(),
    subject: text().notNull(),
    textBody: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp({ withTimezone: true }),
  },
  (table) => [index('email_outbox_unsent_idx').on(table.createdAt).where(sql`sent_at IS NULL`)],
);
