import pg from 'pg';
import PgBoss from 'pg-boss';
import type { Config } from '../../config.ts';
import { EVENTS_CHANNEL } from '../audit.ts';
import { APP_ROLE, type Database } from '../db/connection.ts';
import type { JobDefinition } from './define-job.ts';
import { createJobQueue, type JobQueue } from './job-queue.ts';

export const JOBS_SCHEMA = 'pgboss';
/** Jobs fetched per round; they run side by side. */
const JOB_BATCH_SIZE = 20;

type Log = (message: string, details?: Record<string, unknown>) => void;

export type JobRunnerOptions = {
  ownerUrl: string;
  db: Database;
  config: Config;
  secret: string;
  clock: () => Date;
  jobs: readonly JobDefinition[];
  /** Called in a loop; returns how much it did, so the loop knows whether to wait. */
  dispatch: (queue: JobQueue) => Promise<number>;
  log: Log;
  /** Longest wait between dispatch rounds when no NOTIFY arrives (missed notifications, timers). */
  idlePollMs?: number;
  /** How often workers poll pg-boss for due jobs. */
  jobPollingSeconds?: number;
};

export type JobRunner = { queue: JobQueue; boss: PgBoss; stop: () => Promise<void> };

/**
 * Starts pg-boss on the application database, registers a worker per job, and runs the event
 * dispatcher until stopped. Several runners (server and `trellis worker` processes) may run at
 * once: pg-boss hands each job to one of them, and the dispatcher claims events with SKIP LOCKED.
 */
export async function startJobRunner(options: JobRunnerOptions): Promise<JobRunner> {
  const {
    ownerUrl,
    db,
    config,
    secret,
    clock,
    jobs,
    dispatch,
    log,
    idlePollMs = 1000,
    jobPollingSeconds = 0.5,
  } = options;
  const boss = new PgBoss({ connectionString: ownerUrl, schema: JOBS_SCHEMA, max: 6 });
  boss.on('error', (error) => log('job runner error', { error: String(error) }));
  await boss.start();
  await prepareQueues(boss, ownerUrl, jobs);
  const queue = createJobQueue(boss);
  const deps = { db, config, secret, queue, clock, log };

  const workerIds: string[] = [];
  for (const job of jobs) {
    const workerId: string = await boss.work<Record<string, unknown>>(
      job.name,
      { pollingIntervalSeconds: jobPollingSeconds, batchSize: JOB_BATCH_SIZE, includeMetadata: true },
      async (entries) => {
        // Each job of the batch succeeds or fails on its own: a failed one is failed here (and
        // retried by pg-boss); completing the batch afterwards only touches the ones still active.
        await Promise.all(
          entries.map(async (entry) => {
            const payload = job.payload.parse(entry.data);
            const isLastAttempt = entry.retryCount >= entry.retryLimit;
            try {
              await job.handler(payload, { ...deps, attempt: entry.retryCount + 1, isLastAttempt });
            } catch (error) {
              if (isLastAttempt) await job.onExhausted?.(payload, deps);
              await boss.fail(job.name, entry.id, {
                message: error instanceof Error ? error.message : String(error),
              });
            }
          }),
        );
        // pg-boss sleeps a full polling interval after every fetch; a full batch means more wait.
        if (entries.length === JOB_BATCH_SIZE) boss.notifyWorker(workerId);
      },
    );
    workerIds.push(workerId);
  }
  // Jobs queued by a dispatch round are picked up at once rather than at the next poll.
  const wakeWorkers = () => {
    for (const workerId of workerIds) boss.notifyWorker(workerId);
  };

  const stopDispatcher = runDispatchLoop({
    ownerUrl,
    dispatch: async () => {
      const dispatched = await dispatch(queue);
      if (dispatched > 0) wakeWorkers();
      return dispatched;
    },
    log,
    idlePollMs,
  });
  return {
    queue,
    boss,
    stop: async () => {
      await stopDispatcher();
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}

/**
 * pg-boss creates its schema as the owner; the app role may then enqueue jobs inside its own
 * transactions (insert only: it never reads or changes other jobs).
 */
async function prepareQueues(boss: PgBoss, ownerUrl: string, jobs: readonly JobDefinition[]): Promise<void> {
  for (const job of jobs) {
    if (!(await boss.getQueue(job.name))) {
      await boss.createQueue(job.name, {
        name: job.name,
        retryLimit: job.retryLimit,
        retryDelay: job.retryDelaySeconds,
        retryBackoff: true,
      });
    }
    // pg-boss keeps one timetable per queue, so every process may (re)declare it.
    if (job.cron) await boss.schedule(job.name, job.cron, {}, { tz: 'UTC' });
  }
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query(`GRANT USAGE ON SCHEMA ${JOBS_SCHEMA} TO ${APP_ROLE}`);
    await client.query(`GRANT SELECT ON ${JOBS_SCHEMA}.queue TO ${APP_ROLE}`);
    // RETURNING id needs that one column readable; the rest of other jobs stays out of reach.
    await client.query(`GRANT INSERT, SELECT (id) ON ${JOBS_SCHEMA}.job TO ${APP_ROLE}`);
  } finally {
    await client.end();
  }
}

/**
 * Dispatches until told to stop: straight away while there is work, otherwise on the NOTIFY that
 * every committed change sends, or after `idlePollMs` at the latest.
 */
function runDispatchLoop({
  ownerUrl,
  dispatch,
  log,
  idlePollMs,
}: {
  ownerUrl: string;
  dispatch: () => Promise<number>;
  log: Log;
  idlePollMs: number;
}): () => Promise<void> {
  let isStopped = false;
  let wake: (() => void) | null = null;
  const listener = new pg.Client({ connectionString: ownerUrl });
  listener.on('notification', () => wake?.());
  listener.on('error', (error) => log('event listener lost its connection', { error: String(error) }));
  const listening = listener
    .connect()
    .then(() => listener.query(`LISTEN ${EVENTS_CHANNEL}`))
    .catch((error: unknown) => log('event listener could not start; polling only', { error: String(error) }));

  const loop = (async () => {
    await listening;
    while (!isStopped) {
      let dispatched = 0;
      try {
        dispatched = await dispatch();
      } catch (error) {
        log('event dispatch failed; retrying', { error: String(error) });
      }
      if (dispatched === 0 && !isStopped) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, idlePollMs);
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        wake = null;
      }
    }
  })();

  return async () => {
    isStopped = true;
    wake?.();
    await loop;
    await listener.end().catch(() => undefined);
  };
}
