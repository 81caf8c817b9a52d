import type { Config } from '../../config.ts';
import type { Ctx } from '../../platform/context.ts';
import type { Transaction } from '../../platform/db/connection.ts';
import type { JobQueue } from '../../platform/jobs/job-queue.ts';
import type { domainEvents } from './tables.ts';

export type DomainEvent = typeof domainEvents.$inferSelect;

/**
 * Something that reacts to every domain event: notifications, webhooks, automation rules. It runs
 * inside the dispatch transaction of the event's workspace, so what it writes (notices, deliveries,
 * jobs) commits together with the event being marked dispatched — each event is fanned out once.
 */
export type EventSubscriber = {
  name: string;
  handle: (args: {
    tx: Transaction;
    ctx: Ctx;
    event: DomainEvent;
    jobs: JobQueue;
    config: Config;
    now: Date;
  }) => Promise<void>;
};
