import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestWorkspace, type Principal, type TestWorkspace } from '../../../test/factories.ts';
import { createTestApp, ownerQuery, TEST_SECRET, type TestApp } from '../../../test/harness.ts';
import { newId } from '../../platform/ids.ts';
import type { JobQueue } from '../../platform/jobs/job-queue.ts';
import { type JobRunner, startJobRunner } from '../../platform/jobs/job-runner.ts';
import { dispatchPendingEvents } from '../events/dispatch-events.ts';
import { deliverEventsToWebhooks } from './deliver-events.ts';
import { createDeliverWebhookJob } from './deliver-webhook-job.ts';
import { MAX_ATTEMPTS, nextAttemptDelay } from './delivery/index.ts';
import { type ReplyPlan, startTestReceiver, type TestReceiver } from './test-receiver.ts';

let t: TestApp;
let world: TestWorkspace;
let runner: JobRunner;
const receivers: TestReceiver[] = [];

// The production schedule decides whether to retry; only its waits shrink to nothing.
const immediateRetries = (attempt: number) => (nextAttemptDelay(attempt) === null ? null : 0);

beforeAll(async () => {
  // Short, for the timeout test; long enough that a busy CI machine does not time out a receiver
  // that did answer (a timed-out delivery is retried, and would then arrive twice).
  t = await createTestApp({ WEBHOOK_TIMEOUT_MS: '1500' });
  world = await createTestWorkspace(t.database.db);
  const log = () => undefined;
  const clock = () => new Date();
  const dispatch = (jobs: JobQueue) =>
    dispatchPendingEvents({
      db: t.database.db,
      config: t.config,
      subscribers: [deliverEventsToWebhooks],
      jobs,
      clock,
      log,
    });
  // The factory's own events (users, partners) go out before any endpoint exists, so none is sent.
  while ((await dispatch({ send: async () => undefined })) > 0);
  runner = await startJobRunner({
    ownerUrl: t.ownerUrl,
    db: t.database.db,
    config: t.config,
    secret: TEST_SECRET,
    clock,
    jobs: [createDeliverWebhookJob({ retryDelay: immediateRetries })],
    log,
    idlePollMs: 100,
    dispatch,
  });
}, 60_000);
afterAll(async () => {
  await runner?.stop();
  await t.close();
});
// Endpoints of earlier tests would otherwise receive this test's events.
afterEach(async () => {
  await ownerQuery(t.ownerUrl, 'DELETE FROM webhook_endpoints');
  for (const receiver of receivers.splice(0)) await receiver.close();
});

async function receiverWithEndpoint(
  owner: Principal,
  { eventTypes = [] as string[], plan }: { eventTypes?: string[]; plan?: ReplyPlan } = {},
) {
  const receiver = await startTestReceiver(plan);
  receivers.push(receiver);
  const response = await as(t.app, owner).post('/api/v1/webhook-endpoints', {
    url: receiver.url,
    eventTypes,
  });
  expect(response.statusCode).toBe(201);
  const { id, secret } = response.json() as { id: string; secret: string };
  return { receiver, id, secret };
}

const waitFor = <T>(read: () => T | Promise<T>, timeout = 10_000) =>
  expect.poll(read, { timeout, interval: 50 });

async function deliveryOf(owner: Principal, endpointId: string) {
  const list = await as(t.app, owner).get(`/api/v1/webhook-endpoints/${endpointId}/deliveries`);
  const [first] = list.json().data as { id: string; status: string }[];
  if (!first) return null;
  return (await as(t.app, owner).get(`/api/v1/webhook-deliveries/${first.id}`)).json();
}

const addPartner = (name: string) =>
  as(t.app, world.vendor.channel_manager).post('/api/v1/organisations', { name });

describe('delivering events', () => {
  it('POSTs each event once, signed per Standard Webhooks, with the delivery id as webhook-id', async () => {
    const { receiver, id, secret } = await receiverWithEndpoint(world.vendor.admin);
    const partner = await addPartner('Signed Partner');
    await waitFor(async () => (await deliveryOf(world.vendor.admin, id))?.status).toBe('delivered');

    expect(receiver.received).toHaveLength(1);
    const [message] = receiver.received;
    expect(receiver.verifies(message!, secret)).toBe(true);
    const delivery = await deliveryOf(world.vendor.admin, id);
    expect(message!.headers['webhook-id']).toBe(delivery.id);
    expect(message!.json).toMatchObject({
      type: 'organisation.created',
      data: {
        id: partner.json().id,
        entityType: 'organisation',
        organisationId: partner.json().id,
        actor: { type: 'user', id: world.vendor.channel_manager.userId },
        before: null,
        after: { name: 'Signed Partner' },
      },
    });
    expect(delivery).toMatchObject({ attempts: 1, lastStatusCode: 200 });
    expect(delivery.attemptLog).toMatchObject([{ statusCode: 200, error: null, responseBody: 'ok' }]);
  });

  it("sends a partner only its own organisation's events; the vendor hears everything", async () => {
    const vendor = await receiverWithEndpoint(world.vendor.admin);
    const partnerA = await receiverWithEndpoint(world.partnerA.users.partner_admin);
    const partnerB = await receiverWithEndpoint(world.partnerB.users.partner_admin);
    await as(t.app, world.vendor.channel_manager).patch(`/api/v1/organisations/${world.partnerA.id}`, {
      country: 'FR',
    });
    await as(t.app, world.vendor.admin).patch('/api/v1/me', { locale: 'de' });
    // An event of no organisation (workspace-wide), as the system records some.
    await ownerQuery(
      t.ownerUrl,
      `INSERT INTO domain_events (id, workspace_id, organisation_id, type, entity_type, entity_id, actor_type, data, occurred_at)
       VALUES ($1, $2, NULL, 'workspace.updated', 'workspace', $2, 'system', '{}', now())`,
      [newId('event'), world.workspaceId],
    );
    const typesOf = (receiver: TestReceiver) => receiver.received.map((message) => message.json.type).sort();
    await waitFor(() => typesOf(vendor.receiver)).toEqual([
      'organisation.updated',
      'user.profile_updated',
      'workspace.updated',
    ]);
    await waitFor(() => typesOf(partnerA.receiver)).toEqual(['organisation.updated']);
    const pending = () => ownerQuery(t.ownerUrl, `SELECT 1 FROM webhook_deliveries WHERE status = 'pending'`);
    await waitFor(async () => (await pending()).length).toBe(0);
    expect(partnerA.receiver.received[0]!.json.data.organisationId).toBe(world.partnerA.id);
    expect(partnerB.receiver.received).toEqual([]);
  });

  it("applies the endpoint's event type filter", async () => {
    const filtered = await receiverWithEndpoint(world.vendor.admin, { eventTypes: ['user.profile_updated'] });
    await addPartner('Filtered Out');
    await as(t.app, world.vendor.admin).patch('/api/v1/me', { locale: 'fr' });
    await waitFor(() => filtered.receiver.received.map((message) => message.json.type)).toEqual([
      'user.profile_updated',
    ]);
    const rows = await ownerQuery(t.ownerUrl, 'SELECT 1 FROM webhook_deliveries WHERE endpoint_id = $1', [
      filtered.id,
    ]);
    expect(rows).toHaveLength(1);
  });
});

describe('retries', () => {
  it('retries a failing receiver until it recovers, keeping every attempt with its answer', async () => {
    const statuses = [500, 503, 200];
    const { receiver, id } = await receiverWithEndpoint(world.vendor.admin, {
      plan: (index) => statuses[index] ?? 200,
    });
    await addPartner('Flaky Receiver');
    await waitFor(async () => (await deliveryOf(world.vendor.admin, id))?.status).toBe('delivered');
    const delivery = await deliveryOf(world.vendor.admin, id);
    expect(delivery.attempts).toBe(3);
    expect(delivery.attemptLog.map((attempt: { statusCode: number }) => attempt.statusCode)).toEqual(
      statuses,
    );
    expect(delivery.attemptLog[0].error).toBe('The receiver answered 500.');
    expect(new Set(receiver.received.map((message) => message.headers['webhook-id'])).size).toBe(1);
    const endpoint = (await as(t.app, world.vendor.admin).get(`/api/v1/webhook-endpoints/${id}`)).json();
    expect(endpoint).toMatchObject({ consecutiveFailures: 0, firstFailureAt: null });
  });

  it('retries after a timeout', async () => {
    const { id } = await receiverWithEndpoint(world.vendor.admin, {
      plan: (index) => (index === 0 ? 'hang' : 200),
    });
    await addPartner('Slow Receiver');
    await waitFor(async () => (await deliveryOf(world.vendor.admin, id))?.status).toBe('delivered');
    const { attemptLog } = await deliveryOf(world.vendor.admin, id);
    expect(attemptLog).toMatchObject([
      { statusCode: null, error: 'No response within 1500 ms.' },
      { statusCode: 200, error: null },
    ]);
  });

  it('gives up after the last attempt of the schedule; a replay sends it again', async () => {
    const { receiver, id } = await receiverWithEndpoint(world.vendor.admin, { plan: () => 503 });
    await addPartner('Down Receiver');
    await waitFor(async () => (await deliveryOf(world.vendor.admin, id))?.status, 15_000).toBe('failed');
    const failed = await deliveryOf(world.vendor.admin, id);
    expect(failed).toMatchObject({ attempts: MAX_ATTEMPTS, nextAttemptAt: null });
    expect(failed.lastError).toBe(`The receiver answered 503. Gave up after ${MAX_ATTEMPTS} attempts.`);
    expect(receiver.received).toHaveLength(MAX_ATTEMPTS);

    receiver.reply(() => 200);
    const replay = await as(t.app, world.vendor.admin).post(`/api/v1/webhook-deliveries/${failed.id}/replay`);
    expect(replay.statusCode).toBe(202);
    await waitFor(async () => (await deliveryOf(world.vendor.admin, id))?.status).toBe('delivered');
    expect(receiver.received).toHaveLength(MAX_ATTEMPTS + 1);
    expect(receiver.received.at(-1)!.headers['webhook-id']).toBe(failed.id);
  });
});

describe('secrets and endpoint health', () => {
  it('signs with the old secret too while a rotation overlaps, and with the new one only after', async () => {
    const { receiver, id, secret: oldSecret } = await receiverWithEndpoint(world.vendor.admin);
    const rotated = await as(t.app, world.vendor.admin).post(`/api/v1/webhook-endpoints/${id}/rotate-secret`);
    const newSecret = rotated.json().secret as string;
    await addPartner('Rotation Partner');
    await waitFor(() => receiver.received.length).toBe(1);
    expect(receiver.verifies(receiver.received[0]!, oldSecret)).toBe(true);
    expect(receiver.verifies(receiver.received[0]!, newSecret)).toBe(true);

    await ownerQuery(
      t.ownerUrl,
      `UPDATE webhook_endpoints SET previous_secret_expires_at = now() - interval '1 second' WHERE id = $1`,
      [id],
    );
    await addPartner('After Overlap');
    await waitFor(() => receiver.received.length).toBe(2);
    expect(receiver.verifies(receiver.received[1]!, newSecret)).toBe(true);
    expect(receiver.verifies(receiver.received[1]!, oldSecret)).toBe(false);
  });

  async function disabledEvents(endpointId: string) {
    return ownerQuery<{
      organisation_id: string;
      actor_type: string;
      after: { disabledReason: string; url: string };
    }>(
      t.ownerUrl,
      `SELECT organisation_id, actor_type, after FROM audit_events WHERE entity_id = $1 AND action = 'webhook_endpoint.disabled'`,
      [endpointId],
    );
  }

  it('switches an endpoint off after days of failures and tells the admins through the audit event', async () => {
    const { id, receiver } = await receiverWithEndpoint(world.partnerA.users.partner_admin, {
      plan: () => 500,
    });
    // Days of failing are set up, not waited for; the next failure completes the streak.
    await ownerQuery(
      t.ownerUrl,
      `UPDATE webhook_endpoints SET consecutive_failures = 40, first_failure_at = now() - interval '6 days' WHERE id = $1`,
      [id],
    );
    await as(t.app, world.partnerA.users.partner_admin).patch('/api/v1/me', { locale: 'es' });
    await waitFor(async () => (await disabledEvents(id)).length).toBe(1);
    const [event] = await disabledEvents(id);
    expect(event).toMatchObject({ organisation_id: world.partnerA.id, actor_type: 'system' });
    expect(event!.after).toMatchObject({
      url: receiver.url,
      disabledReason: expect.stringMatching(/6 days/),
    });
    const partnerAdmin = as(t.app, world.partnerA.users.partner_admin);
    const endpoint = (await partnerAdmin.get(`/api/v1/webhook-endpoints/${id}`)).json();
    expect(endpoint).toMatchObject({
      status: 'disabled',
      disabledBy: 'delivery_failures',
      consecutiveFailures: 41,
    });
    const delivery = await deliveryOf(world.partnerA.users.partner_admin, id);
    expect(delivery).toMatchObject({ status: 'failed', attempts: 1, nextAttemptAt: null });
    expect(receiver.received).toHaveLength(1);

    const enabled = await partnerAdmin.patch(`/api/v1/webhook-endpoints/${id}`, { status: 'enabled' });
    expect(enabled.json()).toMatchObject({ status: 'enabled', consecutiveFailures: 0, disabledReason: null });
  });

  it('switches an endpoint off at once when the receiver answers 410 Gone', async () => {
    const { id } = await receiverWithEndpoint(world.vendor.admin, { plan: () => 410 });
    await addPartner('Gone Receiver');
    await waitFor(async () => (await disabledEvents(id)).length).toBe(1);
    expect((await disabledEvents(id))[0]!.after.disabledReason).toMatch(/410 Gone/);
    const delivery = await deliveryOf(world.vendor.admin, id);
    expect(delivery).toMatchObject({ status: 'failed', attempts: 1, lastStatusCode: 410 });
  });
});
