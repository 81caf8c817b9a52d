import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Config } from '../../config.ts';
import { type Ctx, withTransaction } from '../../platform/context.ts';
import type { Database } from '../../platform/db/connection.ts';
import { defineJob } from '../../platform/jobs/define-job.ts';
import { createMailer, type Mailer, sendEmail, toEmailDeliveryError } from './email/smtp-transport.ts';
import { emailOutbox } from './tables.ts';

/** The mailer for the configured SMTP server; null when none is configured. */
export function mailerFor(config: Config): Mailer | null {
  if (!config.SMTP_HOST) return null;
  return createMailer({
    host: config.SMTP_HOST,
    port: config.SMTP_PORT,
    secure: config.SMTP_SECURE,
    user: config.SMTP_USER,
    password: config.SMTP_PASSWORD,
    from: config.SMTP_FROM,
  });
}

const payload = z.object({ workspaceId: z.string(), emailId: z.string() });

function update(
  db: Database,
  workspaceId: string,
  emailId: string,
  values: Partial<typeof emailOutbox.$inferInsert>,
) {
  const ctx: Ctx = { db, actor: { type: 'system', workspaceId, reason: 'e-mail delivery' } };
  return withTransaction(ctx, (tx) =>
    tx
      .update(emailOutbox)
      .set(values)
      .where(and(eq(emailOutbox.workspaceId, workspaceId), eq(emailOutbox.id, emailId)))
      .returning(),
  );
}

/**
 * Sends one queued e-mail. Temporary trouble (connection, timeouts, 4xx) throws, so the job is
 * retried with backoff; a permanent refusal (5xx for this message) marks it failed at once.
 * At-least-once: a crash between the SMTP server's acceptance and the status update resends it,
 * with the same X-Trellis-Email-Id header for receivers that de-duplicate.
 */
export const sendEmailJob = defineJob({
  name: 'email.send',
  payload,
  retryLimit: 8,
  retryDelaySeconds: 30,
  handler: async ({ workspaceId, emailId }, { db, config, clock }) => {
    const mailer = mailerFor(config);
    if (!mailer) return;
    const ctx: Ctx = { db, actor: { type: 'system', workspaceId, reason: 'e-mail delivery' } };
    const [email] = await withTransaction(ctx, (tx) =>
      tx
        .select()
        .from(emailOutbox)
        .where(and(eq(emailOutbox.workspaceId, workspaceId), eq(emailOutbox.id, emailId))),
    );
    if (email?.status !== 'queued') return;
    try {
      await sendEmail(mailer, {
        to: email.toAddress,
        subject: email.subject,
        text: email.textBody,
        html: email.htmlBody ?? email.textBody,
        headers: { 'X-Trellis-Email-Id': email.id },
      });
      await update(db, workspaceId, emailId, {
        status: 'sent',
        sentAt: clock(),
        attempts: email.attempts + 1,
        lastError: null,
      });
    } catch (error) {
      const failure = toEmailDeliveryError(error);
      await update(db, workspaceId, emailId, {
        attempts: email.attempts + 1,
        lastError: failure.message.slice(0, 1000),
        ...(failure.isPermanent ? { status: 'failed' as const } : {}),
      });
      if (!failure.isPermanent) throw failure;
    }
  },
  onExhausted: async ({ workspaceId, emailId }, { db }) => {
    await update(db, workspaceId, emailId, { status: 'failed' });
  },
});
