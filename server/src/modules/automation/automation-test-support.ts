// Test support only: a real job runner with just the automation subscriber and job, and readers.
import { expect } from 'vitest';
import { ownerQuery, TEST_SECRET, type TestApp } from '../../../test/harness.ts';
import type { JobQueue } from '../../platform/jobs/job-queue.ts';
import { type JobRunner, startJobRunner } from '../../platform/jobs/job-runner.ts';
import { dispatchPendingEvents } from '../events/dispatch-events.ts';
import { runAutomationActionJob } from './run-action-job.ts';
import { runAutomationRules } from './run-automation-rules.ts';

export type Run = {
  id: string;
  event_id: string;
  action_type: string;
  status: string;
  message: string | null;
};

export function startAutomationRunner(t: TestApp): Promise<JobRunner> {
  const clock = () => new Date();
  const log = () => undefined;
  const dispatch = (jobs: JobQueue) =>
    dispatchPendingEvents({
      db: t.database.db,
      config: t.config,
      subscribers: [runAutomationRules],
      jobs,
      clock,
      log,
    });
  return startJobRunner({
    ownerUrl: t.ownerUrl,
    db: t.database.db,
    config: t.config,
    secret: TEST_SECRET,
    clock,
    jobs: [runAutomationActionJob],
    log,
    idlePollMs: 100,
    dispatch,
  });
}

export const runsOf = (t: TestApp, ruleId: string) =>
  ownerQuery<Run>(
    t.ownerUrl,
    'SELECT id, event_id, action_type, status, message FROM automation_rule_runs WHERE rule_id = $1 ORDER BY id',
    [ruleId],
  );

/** The newest event about `entityId`, once the dispatcher has handed it out. */
export async function dispatchedEventOf(t: TestApp, entityId: string): Promise<string> {
  let eventId = '';
  await expect
    .poll(
      async () => {
        const [row] = await ownerQuery<{ id: string; dispatched_at: Date | null }>(
          t.ownerUrl,
          'SELECT id, dispatched_at FROM domain_events WHERE entity_id = $1 ORDER BY id DESC LIMIT 1',
          [entityId],
        );
        eventId = row?.id ?? '';
        return row?.dispatched_at != null;
      },
      { timeout: 10_000, interval: 50 },
    )
    .toBe(true);
  return eventId;
}

export const waitFor = <T>(read: () => T | Promise<T>, timeout = 15_000) =>
  expect.poll(read, { timeout, interval: 100 });
