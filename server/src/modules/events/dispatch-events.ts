import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Config } from '../../config.ts';
import { type Ctx, withTransaction } from '../../platform/context.ts';
import type { Database } from '../../platform/db/connection.ts';
import type { JobQueue } from '../../platform/jobs/job-queue.ts';
import type { EventSubscriber } from './event-subscriber.ts';
import { domainEvents } from './tables.ts';

type DispatchDeps = {
  db: Database;
  config: Config;
  subscribers: readonly EventSubscriber[];
  jobs: JobQueue;
  clock: () => Date;
  log: (message: string, details?: Record<string, unknown>) => void;
  batchSize?: number;
};

/**
 * Fans out one batch of pending events per workspace. Rows are claimed with SKIP LOCKED, so any
 * number of dispatchers can run side by side without handing an event out twice; a dispatcher
 * killed mid-batch rolls back and another one picks the same events up. Returns how many events
 * were dispatched.
 */
export async function dispatchPendingEvents({
  db,
  config,
  subscribers,
  jobs,
  clock,
  log,
  batchSize = 200,
}: DispatchDeps) {
  const pending = await db.execute<{ workspace_id: string }>(
    sql`SELECT workspace_id FROM trellis_workspaces_with_pending_events(100)`,
  );
  let dispatched = 0;
  for (const { workspace_id: workspaceId } of pending.rows) {
    const ctx: Ctx = { db, actor: { type: 'system', workspaceId, reason: 'event dispatch' } };
    dispatched += await withTransaction(ctx, async (tx) => {
      const events = await tx
        .select()
        .from(domainEvents)
        .where(and(eq(domainEvents.workspaceId, workspaceId), isNull(domainEvents.dispatchedAt)))
        .orderBy(asc(domainEvents.id))
        .limit(batchSize)
        .for('update', { skipLocked: true });
      const now = clock();
      for (const event of events) {
        for (const subscriber of subscribers) {
          // A savepoint per subscriber: one failing reaction must not block the others, nor the
          // events behind it. The failure is logged; the event still counts as dispatched.
          await tx
            .transaction((savepoint) => subscriber.handle({ tx: savepoint, ctx, event, jobs, config, now }))
            .catch((error: unknown) =>
              log('event subscriber failed', {
                subscriber: subscriber.name,
                eventId: event.id,
                error: describe(error),
              }),
            );
        }
      }
      if (events.length > 0) {
        await tx
          .update(domainEvents)
          .set({ dispatchedAt: now })
          .where(
            inArray(
              domainEvents.id,
              events.map((event) => event.id),
            ),
          );
      }
      return events.length;
    });
  }
  return dispatched;
}

/** Drizzle wraps database errors; the cause says what PostgreSQL objected to. */
function describe(error: unknown): string {
  let current = error as { message?: unknown; cause?: unknown } | undefined;
  while (current?.cause && typeof current.cause === 'object') current = current.cause as typeof current;
  return typeof current?.message === 'string' ? current.message : String(error);
}
