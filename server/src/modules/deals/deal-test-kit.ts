// What the approval and protection tests share: an app with a configured programme, a clock they
// move, the jobs run as the worker would, and the events handed to the notifiers.
import { afterAll, beforeAll, expect } from 'vitest';
import { as, createTestWorkspace, type Principal, type TestWorkspace } from '../../../test/factories.ts';
import { createTestApp, ownerQuery, TEST_SECRET, type TestApp } from '../../../test/harness.ts';
import type { JobDefinition } from '../../platform/jobs/define-job.ts';
import { dispatchPendingEvents } from '../events/dispatch-events.ts';
import type { EventSubscriber } from '../events/event-subscriber.ts';
import { notifyOnEvent } from '../notifications/notify-on-event.ts';

export const API = '/api/v1';
export const DEALS = `${API}/deal-registrations`;
export const HOUR = 60 * 60 * 1000;
export const DAY = 24 * HOUR;

/** The app and workspace of the test file that called `useDealProgramme`, set before its tests run. */
export let t: TestApp;
export let world: TestWorkspace;

/** Starts the app for this test file, with the programme the approval and protection tests assume. */
export function useDealProgramme() {
  beforeAll(async () => {
    t = await createTestApp();
    world = await createTestWorkspace(t.database.db);
    // Regional managers first; above 100k a channel manager too; North America adds a channel level.
    const saved = await as(t.app, world.vendor.channel_manager).put(`${API}/deal-registration-settings`, {
      approvalLevels: [
        { role: 'regional_manager', minimumAmount: 0, regions: [], slaHours: 24 },
        { role: 'channel_manager', minimumAmount: 100_000, regions: [], slaHours: 48 },
        { role: 'channel_manager', minimumAmount: 0, regions: ['north-america'], slaHours: 12 },
      ],
      autoApproveMaxAmount: null,
      reminderHoursBeforeDue: 4,
      protectionDays: 90,
      extensionDays: 30,
      maxExtensions: 1,
      staleAfterDays: 30,
    });
    expect(saved.statusCode, saved.body).toBe(200);
  }, 60_000);
  afterAll(() => t.close());
}

let serial = 0;
export function claim(overrides: Record<string, unknown> = {}) {
  serial += 1;
  return {
    customerName: `Approvals customer ${serial} GmbH`,
    customerWebsite: `approvals-customer-${serial}.de`,
    country: 'DE',
    amount: 20_000,
    currency: 'EUR',
    expectedCloseDate: '2027-03-31',
    ...overrides,
  };
}

export async function register(by: Principal, overrides: Record<string, unknown> = {}) {
  const response = await as(t.app, by).post(DEALS, claim(overrides));
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; status: string; version: number; approvalLevel: number };
}

export const approve = (by: Principal, id: string, body: Record<string, unknown> = {}) =>
  as(t.app, by).post(`${DEALS}/${id}/approve`, body);
export const detailOf = async (by: Principal, id: string) => {
  const response = await as(t.app, by).get(`${DEALS}/${id}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};

/** Moves time on; sessions are kept alive as if their people had been working meanwhile. */
export async function advance(ms: number) {
  t.clock.advance(ms);
  const now = t.clock.now();
  await ownerQuery(t.ownerUrl, 'UPDATE sessions SET last_seen_at = $1, expires_at = $2', [
    now,
    new Date(now.getTime() + 14 * DAY),
  ]);
}

/** Jobs the code under test queued, as the worker's queue would have received them. */
export const sent: { name: string; payload: unknown }[] = [];
export const queue = {
  send: async (_tx: unknown, job: JobDefinition, payload: unknown) => {
    sent.push({ name: job.name, payload });
  },
};

/** Runs a job's handler as the worker would at the test clock's time (recurring jobs take `{}`). */
export async function runJob(job: JobDefinition, payload: unknown = {}) {
  await job.handler(payload as never, {
    db: t.database.db,
    config: t.config,
    secret: TEST_SECRET,
    queue: queue as never,
    clock: t.clock.now,
    log: () => undefined,
    attempt: 1,
    isLastAttempt: true,
  });
}

/** Hands recorded events to the subscribers, as the dispatcher in the workers would. */
export async function drainEvents(subscribers: EventSubscriber[] = [notifyOnEvent]) {
  const drain = () =>
    dispatchPendingEvents({
      db: t.database.db,
      config: t.config,
      subscribers,
      jobs: queue as never,
      clock: () => new Date(),
      log: () => undefined,
    });
  while ((await drain()) > 0);
}

export const noticesOf = (userId: string, registrationId?: string) =>
  ownerQuery<{ type: string; title: string; body: string; link: string | null }>(
    t.ownerUrl,
    `SELECT n.type, n.title, n.body, n.link FROM notifications n
       LEFT JOIN domain_events e ON e.id = n.event_id
     WHERE n.user_id = $1 AND ($2::text IS NULL OR e.entity_id = $2) ORDER BY n.id`,
    [userId, registrationId ?? null],
  );

export const eventsOf = (registrationId: string, type: string) =>
  ownerQuery<{ id: string; data: { after: Record<string, unknown> } }>(
    t.ownerUrl,
    'SELECT id, data FROM domain_events WHERE entity_id = $1 AND type = $2 ORDER BY id',
    [registrationId, type],
  );
