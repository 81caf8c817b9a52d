import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestWorkspace, type Principal, type TestWorkspace } from '../../../test/factories.ts';
import { createTestApp, ownerQuery, TEST_SECRET, type TestApp } from '../../../test/harness.ts';
import { newId } from '../../platform/ids.ts';
import { encryptSecret } from '../../platform/secrets.ts';
import { startWorkers } from '../../workers.ts';
import { dispatchPendingEvents } from '../events/dispatch-events.ts';
import {
  type FakeChatReceiver,
  type FakePlan,
  startFakeSlack,
  startFakeTeams,
} from './fake-chat-receivers.ts';
import { POST_CHAT_JOB } from './post-chat-job.ts';

const PUBLIC_URL = 'https://trellis.example.test';
let t: TestApp;
let world: TestWorkspace;
let workers: Awaited<ReturnType<typeof startWorkers>>;
const fakes: FakeChatReceiver[] = [];

beforeAll(async () => {
  t = await createTestApp({ PUBLIC_URL, WEBHOOK_TIMEOUT_MS: '1000' });
  world = await createTestWorkspace(t.database.db);
  const clock = () => new Date();
  const log = () => undefined;
  // The factory's own events go out before any integration exists.
  const drain = () =>
    dispatchPendingEvents({
      db: t.database.db,
      config: t.config,
      subscribers: [],
      jobs: { send: async () => undefined },
      clock,
      log,
    });
  while ((await drain()) > 0);
  workers = await startWorkers({
    ownerUrl: t.ownerUrl,
    db: t.database.db,
    config: t.config,
    secret: TEST_SECRET,
    clock,
    log,
    idlePollMs: 100,
  });
}, 60_000);
afterAll(async () => {
  await workers?.stop();
  await t.close();
});
afterEach(async () => {
  await settled();
  await ownerQuery(t.ownerUrl, 'DELETE FROM chat_integrations');
  for (const fake of fakes.splice(0)) await fake.close();
});

const waitFor = <T>(read: () => T | Promise<T>, timeout = 15_000) =>
  expect.poll(read, { timeout, interval: 50 });

/** Every event dispatched and every chat job finished, so "exactly one" really means one. */
async function settled() {
  await waitFor(async () => {
    const [{ pending }] = (await ownerQuery<{ pending: number }>(
      t.ownerUrl,
      `SELECT (SELECT count(*) FROM domain_events WHERE dispatched_at IS NULL)
            + (SELECT count(*) FROM pgboss.job WHERE name = $1 AND state IN ('created', 'retry', 'active'))
         AS pending`,
      [POST_CHAT_JOB],
    )) as [{ pending: number }];
    return Number(pending);
  }, 30_000).toBe(0);
}

async function integration(
  receiver: Promise<FakeChatReceiver>,
  { kind = 'slack', eventTypes = [] as string[] } = {},
) {
  const fake = await receiver;
  fakes.push(fake);
  const response = await as(t.app, world.vendor.admin).post('/api/v1/chat-integrations', {
    kind,
    name: `#${kind}`,
    webhookUrl: fake.url,
    eventTypes,
  });
  expect(response.statusCode, response.body).toBe(201);
  return { fake, id: response.json().id as string };
}

const addPartner = (name: string) =>
  as(t.app, world.vendor.channel_manager).post('/api/v1/organisations', { name, region: 'emea' });
const createApiKey = (principal: Principal) =>
  as(t.app, principal).post('/api/v1/api-keys', { name: 'Chat test key', scopes: ['users:read'] });
const getIntegration = async (id: string) =>
  (await as(t.app, world.vendor.admin).get(`/api/v1/chat-integrations/${id}`)).json();

describe('posting events to Slack and Teams', () => {
  it('posts a new partner once to each channel, well-formed, with its name and an absolute link', async () => {
    const slack = await integration(startFakeSlack());
    const teams = await integration(startFakeTeams({ mode: 'connector' }), { kind: 'teams' });
    const partner = await addPartner('Fabrikam & Sons <EMEA>');
    expect(partner.statusCode).toBe(201);
    const link = `${PUBLIC_URL}/console/partners/${partner.json().id}`;
    await waitFor(() => slack.fake.accepted.length + teams.fake.accepted.length).toBe(2);
    await settled();

    expect(slack.fake.received).toHaveLength(1);
    expect(slack.fake.problems).toEqual([]);
    expect(slack.fake.accepted[0]!.json).toEqual({
      text: 'New partner: Fabrikam &amp; Sons &lt;EMEA&gt;\nFabrikam &amp; Sons &lt;EMEA&gt; was added to the partner directory.',
      blocks: [
        {
          type: 'section',
          text: { type: 'mrkdwn', text: '*New partner: Fabrikam &amp; Sons &lt;EMEA&gt;*' },
        },
        {
          type: 'section',
          text: {
            type: 'mrkdwn',
            text: 'Fabrikam &amp; Sons &lt;EMEA&gt; was added to the partner directory.',
          },
        },
        { type: 'section', text: { type: 'mrkdwn', text: `<${link}|Open in Trellis>` } },
      ],
    });
    expect(slack.fake.accepted[0]!.headers['user-agent']).toBe('Trellis-Chat/1.0');

    expect(teams.fake.received).toHaveLength(1);
    expect(teams.fake.problems).toEqual([]);
    const card = (teams.fake.accepted[0]!.json as { attachments: { content: Record<string, unknown> }[] })
      .attachments[0]!.content;
    expect(card.body).toEqual([
      { type: 'TextBlock', text: 'New partner: Fabrikam & Sons <EMEA>', weight: 'Bolder', wrap: true },
      { type: 'TextBlock', text: 'Fabrikam & Sons <EMEA> was added to the partner directory.', wrap: true },
    ]);
    expect(card.actions).toEqual([{ type: 'Action.OpenUrl', title: 'Open', url: link }]);
  });

  it('posts only the chosen event types, and nothing for events without a topic', async () => {
    const keysOnly = await integration(startFakeSlack(), { eventTypes: ['api_key.created'] });
    const everything = await integration(startFakeTeams(), { kind: 'teams' });
    await addPartner('Filtered Partner');
    await as(t.app, world.vendor.admin).patch('/api/v1/me', { locale: 'de' });
    await createApiKey(world.vendor.admin);
    await settled();
    const titles = (fake: FakeChatReceiver) =>
      fake.accepted.map(
        (message) => JSON.stringify(message.json).match(/(New partner|API key created)/)?.[1],
      );
    expect(titles(keysOnly.fake)).toEqual(['API key created']);
    expect(titles(everything.fake).sort()).toEqual(['API key created', 'New partner']);
  });

  it("gives a partner's integration only that partner's events", async () => {
    const vendor = await integration(startFakeSlack());
    // No partner role holds chat:manage today, so the partner's integration goes in directly.
    const partnerFake = await startFakeSlack();
    fakes.push(partnerFake);
    await ownerQuery(
      t.ownerUrl,
      `INSERT INTO chat_integrations (id, workspace_id, organisation_id, kind, name, webhook_url_encrypted, event_types)
       VALUES ($1, $2, $3, 'slack', 'Partner A', $4, '{}')`,
      [
        newId('chatIntegration'),
        world.workspaceId,
        world.partnerA.id,
        encryptSecret(TEST_SECRET, partnerFake.url),
      ],
    );
    await createApiKey(world.partnerA.users.partner_admin);
    await createApiKey(world.partnerB.users.partner_admin);
    await addPartner('Not For Partner A');
    await settled();
    expect(vendor.fake.accepted).toHaveLength(3);
    expect(partnerFake.accepted).toHaveLength(1);
  });

  it('retries a transient failure and delivers once', async () => {
    const plan: FakePlan = (index) => (index === 0 ? { status: 500, body: 'rollup_error' } : 'normal');
    const slack = await integration(startFakeSlack(plan));
    await addPartner('Retried Partner');
    await waitFor(() => slack.fake.accepted.length, 30_000).toBe(1);
    await settled();
    expect(slack.fake.received).toHaveLength(2);
    expect(await getIntegration(slack.id)).toMatchObject({ status: 'enabled', lastError: null });
  }, 45_000);

  it('waits as long as a 429 Retry-After says, then delivers', async () => {
    const plan: FakePlan = (index) =>
      index === 0 ? { status: 429, body: 'rate_limited', headers: { 'retry-after': '1' } } : 'normal';
    const slack = await integration(startFakeSlack(plan));
    await addPartner('Rate Limited Partner');
    await waitFor(() => slack.fake.accepted.length).toBe(1);
    expect(slack.fake.received).toHaveLength(2);
    // Re-queued for when Slack asked, not retried by backoff.
    const jobs = await ownerQuery<{ retry_count: number; deferrals: number }>(
      t.ownerUrl,
      `SELECT retry_count, (data->>'deferrals')::int AS deferrals FROM pgboss.job
        WHERE name = $1 AND data->>'integrationId' = $2 ORDER BY created_on`,
      [POST_CHAT_JOB, slack.id],
    );
    expect(jobs).toEqual([
      { retry_count: 0, deferrals: 0 },
      { retry_count: 0, deferrals: 1 },
    ]);
  });

  it('disables the integration when Slack says the channel is archived, and records it', async () => {
    const slack = await integration(startFakeSlack(() => ({ status: 410, body: 'channel_is_archived' })));
    await addPartner('Archived Channel Partner');
    await waitFor(async () => (await getIntegration(slack.id)).status).toBe('disabled');
    expect(await getIntegration(slack.id)).toMatchObject({
      lastError: 'Slack answered 410: channel_is_archived',
      version: 2,
    });
    const audit = await ownerQuery<{ action: string; actor_type: string; after: string }>(
      t.ownerUrl,
      'SELECT action, actor_type, after::text FROM audit_events WHERE entity_id = $1 ORDER BY sequence',
      [slack.id],
    );
    expect(audit.map((event) => [event.action, event.actor_type])).toEqual([
      ['chat_integration.created', 'user'],
      ['chat_integration.disabled', 'system'],
    ]);
    expect(audit[1]!.after).not.toContain('127.0.0.1');

    await addPartner('After Disabling');
    await settled();
    expect(slack.fake.received).toHaveLength(1);
  });
});
