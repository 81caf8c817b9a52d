import { type SQL, sql } from 'drizzle-orm';
import type PgBoss from 'pg-boss';
import type { z } from 'zod';
import type { Transaction } from '../db/connection.ts';
import type { JobDefinition } from './define-job.ts';

export type SendOptions = { startAfterSeconds?: number; singletonKey?: string };

/** Enqueues jobs inside the caller's transaction: the job exists if and only if the change commits. */
export type JobQueue = {
  send: <Payload extends z.ZodType>(
    tx: Transaction,
    job: JobDefinition<Payload>,
    payload: z.infer<Payload>,
    options?: SendOptions,
  ) => Promise<void>;
};

/** pg-boss speaks `$1`-style SQL; Drizzle transactions take SQL objects with bound parameters. */
export function toBoundSql(text: string, values: unknown[]): SQL {
  const parts = text.split(/\$(\d+)/);
  const query = sql.empty();
  parts.forEach((part, index) => {
    query.append(index % 2 === 0 ? sql.raw(part) : sql`${values[Number(part) - 1] ?? null}`);
  });
  return query;
}

export function createJobQueue(boss: PgBoss): JobQueue {
  return {
    async send(tx, job, payload, options = {}) {
      const data = job.payload.parse(payload) as object;
      await boss.send(job.name, data, {
        retryLimit: job.retryLimit,
        retryDelay: job.retryDelaySeconds,
        retryBackoff: true,
        // As a timestamp, not seconds: pg-boss reuses its start-after parameter in a timestamp cast
        // and an interval cast, and toBoundSql binds each use separately, so PostgreSQL would parse
        // "30" as a timestamp and refuse the insert. An ISO string satisfies both.
        ...(options.startAfterSeconds
          ? { startAfter: new Date(Date.now() + options.startAfterSeconds * 1000) }
          : {}),
        ...(options.singletonKey ? { singletonKey: options.singletonKey } : {}),
        db: {
          executeSql: async (text, values) => ({ rows: (await tx.execute(toBoundSql(text, values))).rows }),
        },
      });
    },
  };
}
