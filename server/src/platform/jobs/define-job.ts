import type { z } from 'zod';
import type { Config } from '../../config.ts';
import type { Database } from '../db/connection.ts';
import type { JobQueue } from './job-queue.ts';

export type JobDeps = {
  db: Database;
  config: Config;
  /** The instance secret: jobs that read encrypted secrets (webhook signing keys) need it. */
  secret: string;
  /** For jobs that schedule their own next attempt (webhooks follow their own retry schedule). */
  queue: JobQueue;
  clock: () => Date;
  log: (message: string, details?: Record<string, unknown>) => void;
};

/**
 * A background job: a name, the shape of its payload, how often to retry and how to run it.
 * Handlers throw to ask for a retry; pg-boss backs off exponentially up to `retryLimit`.
 */
export type JobDefinition<Payload extends z.ZodType = z.ZodType> = {
  name: string;
  payload: Payload;
  retryLimit: number;
  retryDelaySeconds: number;
  /** Cron expression (UTC) for jobs that run on a timetable, such as the nightly tier evaluation. */
  schedule?: string;
  /** Runs once a job has used up its retries, e.g. to mark a delivery failed. */
  onExhausted?: (payload: z.infer<Payload>, deps: JobDeps) => Promise<void>;
  handler: (
    payload: z.infer<Payload>,
    deps: JobDeps & { attempt: number; isLastAttempt: boolean },
  ) => Promise<void>;
};

export function defineJob<Payload extends z.ZodType>(
  definition: JobDefinition<Payload>,
): JobDefinition<Payload> {
  return definition;
}
