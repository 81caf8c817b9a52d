import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Config } from '../../config.ts';
import { type Ctx, withTransaction } from '../../platform/context.ts';
import type { Database } from '../../platform/db/connection.ts';
import type { JobQueue } from '../../platform/jobs/job-queue.ts';
import { sendEmailJob } from './send-email.ts';
import { emailOutbox } from './tables.ts';

/**
 * Moves pending outbox rows on: with SMTP configured each becomes a send job (queued in the same
 * transaction, so none is lost or doubled); without, it is held in the outbox, where admins can
 * read it — a demo works offline. Whoever queued the row (a verb, the notification fan-out) never
 * needs to know about jobs.
 */
export async function pumpEmailOutbox({
  db,
  config,
  jobs,
}: {
  db: Database;
  config: Config;
  jobs: JobQueue;
}) {
  const pending = await db.execute<{ workspace_id: string }>(
    sql`SELECT workspace_id FROM trellis_workspaces_with_pending_emails(100)`,
  );
  let moved = 0;
  for (const { workspace_id: workspaceId } of pending.rows) {
    const ctx: Ctx = { db, actor: { type: 'system', workspaceId, reason: 'e-mail outbox' } };
    moved += await withTransaction(ctx, async (tx) => {
      const rows = await tx
        .select({ id: emailOutbox.id })
        .from(emailOutbox)
        .where(and(eq(emailOutbox.workspaceId, workspaceId), eq(emailOutbox.status, 'pending')))
        .orderBy(asc(emailOutbox.id))
        .limit(200)
        .for('update', { skipLocked: true });
      if (rows.length === 0) return 0;
      const ids = rows.map((row) => row.id);
      const isSending = Boolean(config.SMTP_HOST);
      await tx
        .update(emailOutbox)
        .set({ status: isSending ? 'queued' : 'held' })
        .where(inArray(emailOutbox.id, ids));
      if (isSending) {
        for (const emailId of ids) await jobs.send(tx, sendEmailJob, { workspaceId, emailId });
      }
      return rows.length;
    });
  }
  return moved;
}
