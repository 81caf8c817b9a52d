import type { Config } from './config.ts';
import { dispatchPendingEvents } from './modules/events/dispatch-events.ts';
import type { EventSubscriber } from './modules/events/event-subscriber.ts';
import type { Database } from './platform/db/connection.ts';
import type { JobDefinition } from './platform/jobs/define-job.ts';
import { startJobRunner } from './platform/jobs/job-runner.ts';

/** Every module's reactions to domain events. A new module adds one line here. */
export const EVENT_SUBSCRIBERS: EventSubscriber[] = [];

/** Every module's background jobs. */
export const JOBS: JobDefinition[] = [];

type Log = (message: string, details?: Record<string, unknown>) => void;

/** The background half of Trellis: event dispatch and job workers, in this process. */
export async function startWorkers({
  ownerUrl,
  db,
  config,
  clock = () => new Date(),
  log,
  idlePollMs,
}: {
  ownerUrl: string;
  db: Database;
  config: Config;
  clock?: () => Date;
  log: Log;
  idlePollMs?: number;
}) {
  return startJobRunner({
    ownerUrl,
    db,
    config,
    clock,
    jobs: JOBS,
    log,
    ...(idlePollMs ? { idlePollMs } : {}),
    dispatch: (queue) =>
      dispatchPendingEvents({ db, subscribers: EVENT_SUBSCRIBERS, jobs: queue, clock, log }),
  });
}
