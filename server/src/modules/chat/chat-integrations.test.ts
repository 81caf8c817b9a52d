import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestWorkspace, type TestWorkspace } from '../../../test/factories.ts';
import { createTestApp, ownerQuery, TEST_SECRET, type TestApp } from '../../../test/harness.ts';
import { decryptSecret } from '../../platform/secrets.ts';
import { type FakeChatReceiver, startFakeSlack, startFakeTeams } from './fake-chat-receivers.ts';

let t: TestApp;
let world: TestWorkspace;
const fakes: FakeChatReceiver[] = [];

beforeAll(async () => {
  t = await createTestApp({ PUBLIC_URL: 'https://trellis.example.test', WEBHOOK_TIMEOUT_MS: '1000' });
  world = await createTestWorkspace(t.database.db);
});
afterAll(() => t.close());
afterEach(async () => {
  for (const fake of fakes.splice(0)) await fake.close();
});

const INTEGRATIONS = '/api/v1/chat-integrations';
const SLACK_URL = 'https://hooks.slack.com/services/T01ABCDEF/B02GHIJKL/abcdefghijklmnopqrstuvwx';
/** How SLACK_URL is shown; pasting it back must not save a broken URL. */
const SLACK_MASKED = 'https://hooks.slack.com/services/T01A…/…uvwx';
const admin = () => as(t.app, world.vendor.admin);

async function create(body: Record<string, unknown> = {}) {
  const response = await admin().post(INTEGRATIONS, {
    kind: 'slack',
    name: '#partners',
    webhookUrl: SLACK_URL,
    ...body,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; version: number; maskedWebhookUrl: string };
}

const auditOf = (id: string) =>
  ownerQuery<{ action: string; actor_type: string; before: string | null; after: string | null }>(
    t.ownerUrl,
    'SELECT action, actor_type, before::text, after::text FROM audit_events WHERE entity_id = $1 ORDER BY sequence',
    [id],
  );

async function fake(start: () => Promise<FakeChatReceiver>) {
  const receiver = await start();
  fakes.push(receiver);
  return receiver;
}

describe('chat integrations', () => {
  it('stores the webhook URL sealed, shows it masked and keeps it out of the audit trail', async () => {
    const created = await create({ eventTypes: ['organisation.created', 'organisation.created'] });
    expect(created).toMatchObject({
      kind: 'slack',
      name: '#partners',
      maskedWebhookUrl: SLACK_MASKED,
      eventTypes: ['organisation.created'],
      status: 'enabled',
      lastError: null,
      version: 1,
      organisationId: world.vendorOrganisationId,
    });
    const fetched = await admin().get(`${INTEGRATIONS}/${created.id}`);
    expect(fetched.headers.etag).toBe('"1"');
    const list = await admin().get(INTEGRATIONS);
    expect(list.json().data.map((item: { id: string }) => item.id)).toContain(created.id);
    const secretPart = 'abcdefghijklmnopqrstuvwx';
    for (const body of [fetched.body, list.body, JSON.stringify(created)]) {
      expect(body).not.toContain(secretPart);
    }
    const [row] = await ownerQuery<{ webhook_url_encrypted: string }>(
      t.ownerUrl,
      'SELECT webhook_url_encrypted FROM chat_integrations WHERE id = $1',
      [created.id],
    );
    expect(row!.webhook_url_encrypted).not.toContain(secretPart);
    expect(decryptSecret(TEST_SECRET, row!.webhook_url_encrypted)).toBe(SLACK_URL);
    const audit = await auditOf(created.id);
    expect(audit.map((event) => event.action)).toEqual(['chat_integration.created']);
    expect(audit[0]!.after).not.toContain('hooks.slack.com');
    expect(audit[0]!.after).not.toContain(secretPart);
  });

  it('validates kind, URL and event types, and refuses roles without chat:manage', async () => {
    const mismatch = await admin().post(INTEGRATIONS, {
      kind: 'slack',
      name: 'x',
      webhookUrl: 'https://contoso.webhook.office.com/webhookb2/abc/IncomingWebhook/def/ghi',
    });
    expect(mismatch.statusCode).toBe(422);
    expect(mismatch.json()).toMatchObject({
      code: 'chat_webhook_url_not_allowed',
      errors: [{ field: 'body.webhookUrl' }],
    });
    const masked = await admin().post(INTEGRATIONS, { kind: 'slack', name: 'x', webhookUrl: SLACK_MASKED });
    expect(masked.statusCode).toBe(422);
    const ftp = await admin().post(INTEGRATIONS, {
      kind: 'teams',
      name: 'x',
      webhookUrl: 'ftp://x.example/a',
    });
    expect(ftp.statusCode).toBe(422);
    const badType = await admin().post(INTEGRATIONS, {
      kind: 'slack',
      name: 'x',
      webhookUrl: SLACK_URL,
      eventTypes: ['user.profile_updated'],
    });
    expect(badType.statusCode).toBe(400);
    expect(badType.json().errors[0].field).toBe('body.eventTypes.0');
    const badKind = await admin().post(INTEGRATIONS, { kind: 'discord', name: 'x', webhookUrl: SLACK_URL });
    expect(badKind.statusCode).toBe(400);
    for (const principal of [world.vendor.channel_manager, world.partnerA.users.partner_admin]) {
      const refused = await as(t.app, principal).post(INTEGRATIONS, {
        kind: 'slack',
        name: 'x',
        webhookUrl: SLACK_URL,
      });
      expect(refused.statusCode).toBe(403);
    }
  });

  it('updates with If-Match; a new URL is sealed and only noted in the audit trail', async () => {
    const created = await create();
    const url = `${INTEGRATIONS}/${created.id}`;
    expect((await admin().patch(url, { name: 'x' }, { headers: { 'if-match': '"9"' } })).statusCode).toBe(
      412,
    );
    const newUrl = 'https://hooks.slack.com/services/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';
    const updated = await admin().patch(
      url,
      { name: '#channel-team', webhookUrl: newUrl, eventTypes: ['api_key.created'] },
      { headers: { 'if-match': '"1"' } },
    );
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json()).toMatchObject({
      name: '#channel-team',
      maskedWebhookUrl: 'https://hooks.slack.com/services/T09Z…/…fedc',
      eventTypes: ['api_key.created'],
      version: 2,
    });
    expect(updated.headers.etag).toBe('"2"');
    const [, change] = await auditOf(created.id);
    expect(change).toMatchObject({ action: 'chat_integration.updated' });
    expect(JSON.parse(change!.after!)).toMatchObject({ name: '#channel-team', webhookUrlChanged: true });
    expect(`${change!.before}${change!.after}`).not.toContain('hooks.slack.com');

    await ownerQuery(
      t.ownerUrl,
      `UPDATE chat_integrations SET status = 'disabled', last_error = 'x' WHERE id = $1`,
      [created.id],
    );
    const enabled = await admin().patch(url, { status: 'enabled' });
    expect(enabled.json()).toMatchObject({ status: 'enabled', lastError: null, version: 3 });
    expect((await admin().patch(url, {})).statusCode).toBe(400);
  });

  it('deletes with If-Match and keeps the integration as it was in the audit trail', async () => {
    const created = await create();
    const url = `${INTEGRATIONS}/${created.id}`;
    expect((await admin().delete(url, { headers: { 'if-match': '"2"' } })).statusCode).toBe(412);
    expect((await admin().delete(url, { headers: { 'if-match': '"1"' } })).statusCode).toBe(204);
    expect((await admin().get(url)).statusCode).toBe(404);
    const audit = await auditOf(created.id);
    expect(audit.map((event) => event.action)).toEqual([
      'chat_integration.created',
      'chat_integration.deleted',
    ]);
    expect(audit[1]!.before).not.toContain('hooks.slack.com');
  });
});

describe('the test endpoint', () => {
  it('posts a well-formed Slack message now and returns what Slack said', async () => {
    const slack = await fake(() => startFakeSlack());
    const created = await create({ webhookUrl: slack.url, name: 'Q&A <team>' });
    const result = await admin().post(`${INTEGRATIONS}/${created.id}/test`);
    expect(result.statusCode).toBe(200);
    expect(result.json()).toEqual({
      outcome: 'delivered',
      statusCode: 200,
      error: null,
      responseBody: 'ok',
      isIntegrationDisabled: false,
    });
    expect(slack.problems).toEqual([]);
    expect(slack.accepted).toHaveLength(1);
    expect(JSON.stringify(slack.accepted[0]!.json)).toContain('Q&amp;A &lt;team&gt;');
    expect(JSON.stringify(slack.accepted[0]!.json)).toContain('https://trellis.example.test/console/chat');
  });

  it.each(['connector', 'workflow'] as const)('posts an Adaptive Card to a Teams %s', async (mode) => {
    const teams = await fake(() => startFakeTeams({ mode }));
    const created = await create({ kind: 'teams', webhookUrl: teams.url });
    const result = (await admin().post(`${INTEGRATIONS}/${created.id}/test`)).json();
    expect(result).toMatchObject({ outcome: 'delivered', statusCode: mode === 'connector' ? 200 : 202 });
    expect(teams.problems).toEqual([]);
    expect(teams.accepted).toHaveLength(1);
  });

  it('reports a refused message without disabling, and a gone webhook by disabling', async () => {
    const slack = await fake(() => startFakeSlack(() => ({ status: 400, body: 'invalid_payload' })));
    const created = await create({ webhookUrl: slack.url });
    const refused = (await admin().post(`${INTEGRATIONS}/${created.id}/test`)).json();
    expect(refused).toMatchObject({ outcome: 'failed', statusCode: 400, isIntegrationDisabled: false });
    expect((await admin().get(`${INTEGRATIONS}/${created.id}`)).json()).toMatchObject({
      status: 'enabled',
      lastError: 'Slack answered 400: invalid_payload',
      version: 1,
    });

    slack.reply(() => ({ status: 404, body: 'no_service' }));
    const gone = (await admin().post(`${INTEGRATIONS}/${created.id}/test`)).json();
    expect(gone).toMatchObject({ outcome: 'failed', statusCode: 404, isIntegrationDisabled: true });
    expect((await admin().get(`${INTEGRATIONS}/${created.id}`)).json()).toMatchObject({
      status: 'disabled',
      lastError: 'Slack answered 404: no_service',
      version: 2,
    });
    const audit = await auditOf(created.id);
    expect(audit.at(-1)).toMatchObject({ action: 'chat_integration.disabled', actor_type: 'user' });
  });
});
