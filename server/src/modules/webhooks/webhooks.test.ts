import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestWorkspace, type TestWorkspace } from '../../../test/factories.ts';
import { createTestApp, ownerQuery, TEST_SECRET, type TestApp } from '../../../test/harness.ts';
import type { JobQueue } from '../../platform/jobs/job-queue.ts';
import { decryptSecret } from '../../platform/secrets.ts';
import { dispatchPendingEvents } from '../events/dispatch-events.ts';
import { deliverEventsToWebhooks } from './deliver-events.ts';
import { DELIVER_WEBHOOK_JOB } from './deliver-webhook-job.ts';

let t: TestApp;
let world: TestWorkspace;

beforeAll(async () => {
  t = await createTestApp();
  world = await createTestWorkspace(t.database.db);
});
afterAll(() => t.close());

const ENDPOINTS = '/api/v1/webhook-endpoints';
const admin = () => as(t.app, world.vendor.admin);

async function createEndpoint(body: Record<string, unknown> = {}) {
  const response = await admin().post(ENDPOINTS, { url: 'https://receiver.example.test/hooks', ...body });
  expect(response.statusCode).toBe(201);
  return response.json() as { id: string; secret: string; version: number };
}

/** Fans pending events out with a queue that only records, so no HTTP request is ever made here. */
async function dispatch() {
  const sent: { name: string; payload: unknown }[] = [];
  const jobs: JobQueue = { send: async (_tx, job, payload) => void sent.push({ name: job.name, payload }) };
  const log = () => undefined;
  const run = () =>
    dispatchPendingEvents({
      db: t.database.db,
      config: t.config,
      subscribers: [deliverEventsToWebhooks],
      jobs,
      clock: () => new Date(),
      log,
    });
  while ((await run()) > 0);
  return sent;
}

describe('webhook endpoints', () => {
  it('shows the signing secret once, stores it sealed and keeps it out of lists and the audit trail', async () => {
    const created = await createEndpoint({ description: 'CRM sync', eventTypes: ['organisation.created'] });
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    expect(created).toMatchObject({ status: 'enabled', eventTypes: ['organisation.created'], version: 1 });

    const list = await admin().get(ENDPOINTS);
    expect(list.json().data.map((endpoint: { id: string }) => endpoint.id)).toContain(created.id);
    const fetched = await admin().get(`${ENDPOINTS}/${created.id}`);
    expect(fetched.headers.etag).toBe('"1"');
    for (const body of [list.body, fetched.body]) {
      expect(body).not.toContain(created.secret);
      expect(body).not.toContain('"secret"');
    }
    const [row] = await ownerQuery<{ secret: string }>(
      t.ownerUrl,
      'SELECT secret FROM webhook_endpoints WHERE id = $1',
      [created.id],
    );
    expect(row!.secret).not.toContain(created.secret.slice(6));
    expect(decryptSecret(TEST_SECRET, row!.secret)).toBe(created.secret);
    const audit = await ownerQuery<{ action: string; after: string }>(
      t.ownerUrl,
      'SELECT action, after::text FROM audit_events WHERE entity_id = $1',
      [created.id],
    );
    expect(audit.map((event) => event.action)).toEqual(['webhook_endpoint.created']);
    expect(audit[0]!.after).not.toContain(created.secret.slice(6));
  });

  it('validates the URL and event types, and refuses roles without webhooks:manage', async () => {
    const badType = await admin().post(ENDPOINTS, {
      url: 'https://x.example',
      eventTypes: ['Partner Created'],
    });
    expect(badType.statusCode).toBe(400);
    expect(badType.json().errors[0].field).toBe('body.eventTypes.0');
    const tooMany = Array.from({ length: 51 }, (_, index) => `thing.event_${index}`);
    expect(
      (await admin().post(ENDPOINTS, { url: 'https://x.example', eventTypes: tooMany })).statusCode,
    ).toBe(400);
    const ftp = await admin().post(ENDPOINTS, { url: 'ftp://x.example/hooks' });
    expect(ftp.statusCode).toBe(422);
    expect(ftp.json()).toMatchObject({ code: 'webhook_url_not_allowed', errors: [{ field: 'body.url' }] });
    const manager = as(t.app, world.vendor.channel_manager);
    expect((await manager.post(ENDPOINTS, { url: 'https://x.example' })).statusCode).toBe(403);
  });

  it('lists the event types to subscribe to, without the webhook set-up events, to partner admins too', async () => {
    const vendorTypes = await admin().get('/api/v1/webhook-event-types');
    expect(vendorTypes.statusCode).toBe(200);
    const types = (vendorTypes.json().data as { type: string }[]).map((info) => info.type);
    expect(types).toContain('organisation.created');
    expect(types.some((type) => type.startsWith('webhook_'))).toBe(false);
    const partnerAdmin = as(t.app, world.partnerA.users.partner_admin);
    expect((await partnerAdmin.get('/api/v1/webhook-event-types')).statusCode).toBe(200);
    const manager = as(t.app, world.vendor.channel_manager);
    expect((await manager.get('/api/v1/webhook-event-types')).statusCode).toBe(403);
  });

  it("keeps each organisation's endpoints to itself", async () => {
    const vendorEndpoint = await createEndpoint();
    const partnerAdmin = as(t.app, world.partnerA.users.partner_admin);
    const partnerEndpoint = await partnerAdmin.post(ENDPOINTS, { url: 'https://partner.example/hooks' });
    expect(partnerEndpoint.json().organisationId).toBe(world.partnerA.id);
    expect((await partnerAdmin.get(`${ENDPOINTS}/${vendorEndpoint.id}`)).statusCode).toBe(404);
    expect((await admin().get(`${ENDPOINTS}/${partnerEndpoint.json().id}`)).statusCode).toBe(404);
    const partnerList = (await partnerAdmin.get(ENDPOINTS)).json().data as { id: string }[];
    expect(partnerList.map((endpoint) => endpoint.id)).toEqual([partnerEndpoint.json().id]);
  });

  it('updates with If-Match; disabling by hand is an update, enabling again clears the failure streak', async () => {
    const endpoint = await createEndpoint();
    const url = `${ENDPOINTS}/${endpoint.id}`;
    const stale = await admin().patch(url, { description: 'x' }, { headers: { 'if-match': '"7"' } });
    expect(stale.statusCode).toBe(412);

    const disabled = await admin().patch(url, { status: 'disabled' }, { headers: { 'if-match': '"1"' } });
    expect(disabled.json()).toMatchObject({
      status: 'disabled',
      disabledReason: expect.any(String),
      disabledBy: 'administrator',
      version: 2,
    });
    expect(disabled.headers.etag).toBe('"2"');
    await ownerQuery(
      t.ownerUrl,
      `UPDATE webhook_endpoints SET consecutive_failures = 9, first_failure_at = now() WHERE id = $1`,
      [endpoint.id],
    );
    const enabled = await admin().patch(url, {
      status: 'enabled',
      eventTypes: ['user.updated', 'user.updated'],
    });
    expect(enabled.json()).toMatchObject({
      status: 'enabled',
      disabledReason: null,
      disabledBy: null,
      consecutiveFailures: 0,
      firstFailureAt: null,
      eventTypes: ['user.updated'],
    });
    const actions = await ownerQuery<{ action: string }>(
      t.ownerUrl,
      'SELECT action FROM audit_events WHERE entity_id = $1 ORDER BY sequence',
      [endpoint.id],
    );
    expect(actions.map((row) => row.action)).toEqual([
      'webhook_endpoint.created',
      'webhook_endpoint.updated',
      'webhook_endpoint.updated',
    ]);
  });

  it('rotates the secret: a new one shown once, the old one kept sealed for 24 hours, neither audited', async () => {
    const endpoint = await createEndpoint();
    const rotated = await admin().post(`${ENDPOINTS}/${endpoint.id}/rotate-secret`);
    expect(rotated.statusCode).toBe(200);
    const body = rotated.json();
    expect(body.secret).toMatch(/^whsec_/);
    expect(body.secret).not.toBe(endpoint.secret);
    const overlapMs = new Date(body.previousSecretExpiresAt).getTime() - t.clock.now().getTime();
    expect(overlapMs).toBe(24 * 60 * 60 * 1000);
    const [row] = await ownerQuery<{ secret: string; previous_secret: string }>(
      t.ownerUrl,
      'SELECT secret, previous_secret FROM webhook_endpoints WHERE id = $1',
      [endpoint.id],
    );
    expect(decryptSecret(TEST_SECRET, row!.secret)).toBe(body.secret);
    expect(decryptSecret(TEST_SECRET, row!.previous_secret)).toBe(endpoint.secret);
    const [audit] = await ownerQuery<{ text: string }>(
      t.ownerUrl,
      `SELECT before::text || after::text AS text FROM audit_events WHERE entity_id = $1 AND action = 'webhook_endpoint.secret_rotated'`,
      [endpoint.id],
    );
    expect(audit!.text).not.toContain(body.secret.slice(6));
    expect(audit!.text).not.toContain(endpoint.secret.slice(6));
  });
});

describe('deliveries', () => {
  it('creates one delivery and job per interested endpoint, lists, shows, replays and deletes them', async () => {
    await dispatch();
    const endpoint = await createEndpoint({ eventTypes: ['organisation.created'] });
    const partner = await as(t.app, world.vendor.channel_manager).post('/api/v1/organisations', {
      name: 'Hooked Partner',
    });
    const jobs = await dispatch();
    const deliveries = (await admin().get(`${ENDPOINTS}/${endpoint.id}/deliveries`)).json().data;
    expect(deliveries).toHaveLength(1);
    const [delivery] = deliveries;
    expect(delivery).toMatchObject({ eventType: 'organisation.created', status: 'pending', attempts: 0 });
    expect(jobs).toContainEqual({
      name: DELIVER_WEBHOOK_JOB,
      payload: { workspaceId: world.workspaceId, deliveryId: delivery.id },
    });

    const detail = (await admin().get(`/api/v1/webhook-deliveries/${delivery.id}`)).json();
    expect(detail.payload).toMatchObject({ type: 'organisation.created', data: { id: partner.json().id } });
    expect(detail.attemptLog).toEqual([]);
    const replayPending = await admin().post(`/api/v1/webhook-deliveries/${delivery.id}/replay`);
    expect(replayPending.json().code).toBe('webhook_delivery_pending');

    await ownerQuery(t.ownerUrl, `UPDATE webhook_deliveries SET status = 'failed' WHERE id = $1`, [
      delivery.id,
    ]);
    const failedOnly = await admin().get(`${ENDPOINTS}/${endpoint.id}/deliveries?status=failed`);
    expect(failedOnly.json().data.map((row: { id: string }) => row.id)).toEqual([delivery.id]);
    const replayed = await admin().post(`/api/v1/webhook-deliveries/${delivery.id}/replay`);
    expect(replayed.statusCode).toBe(202);
    expect(replayed.json().status).toBe('pending');
    // The replay is enqueued by the dispatcher, from the event it recorded; it makes no new delivery.
    expect(await dispatch()).toEqual([
      { name: DELIVER_WEBHOOK_JOB, payload: { workspaceId: world.workspaceId, deliveryId: delivery.id } },
    ]);
    expect((await admin().get(`${ENDPOINTS}/${endpoint.id}/deliveries`)).json().data).toHaveLength(1);

    expect(
      (await as(t.app, world.partnerA.users.partner_admin).get(`/api/v1/webhook-deliveries/${delivery.id}`))
        .statusCode,
    ).toBe(404);
    expect((await admin().delete(`${ENDPOINTS}/${endpoint.id}`)).statusCode).toBe(204);
    expect((await admin().get(`/api/v1/webhook-deliveries/${delivery.id}`)).statusCode).toBe(404);
  });
});
