import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestWorkspace, type TestWorkspace } from '../../../test/factories.ts';
import { createTestApp, ownerQuery, type TestApp } from '../../../test/harness.ts';

let t: TestApp;
let world: TestWorkspace;
let other: TestWorkspace;

beforeAll(async () => {
  t = await createTestApp();
  world = await createTestWorkspace(t.database.db);
  other = await createTestWorkspace(t.database.db, 'Globex');
});
afterAll(() => t.close());

const RULES = '/api/v1/automation-rules';
const admin = () => as(t.app, world.vendor.admin);

const offboarded = { '==': [{ var: 'after.status' }, 'inactive'] };
const notifyManagers = {
  type: 'notify',
  vendorRoles: ['channel_manager'],
  title: '{{after.name}} was offboarded',
  body: 'Its people were signed out.',
};
const validRule = {
  name: 'Offboarding follow-up',
  eventType: 'organisation.updated',
  condition: offboarded,
  actions: [notifyManagers],
};

async function createRule(body: Record<string, unknown> = validRule) {
  const response = await admin().post(RULES, body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; version: number };
}

/** The fields a 4xx answer names. */
const fieldsOf = (body: Record<string, unknown>) =>
  admin()
    .post(RULES, { ...validRule, ...body })
    .then((response) => ({
      status: response.statusCode,
      fields: (response.json().errors ?? []).map((error: { field: string }) => error.field),
    }));

describe('defining rules', () => {
  it('creates, reads, lists, changes with If-Match and deletes a rule, audited', async () => {
    const created = await createRule({
      ...validRule,
      actions: [
        notifyManagers,
        {
          type: 'create_task',
          assignee: { kind: 'partner_admin' },
          title: 'Collect the kit',
          delaySeconds: 259_200,
          recheckCondition: true,
        },
      ],
    });
    expect(created).toMatchObject({
      condition: offboarded,
      isEnabled: true,
      createdBy: world.vendor.admin.userId,
      actions: [
        { ...notifyManagers, delaySeconds: 0, recheckCondition: false },
        { type: 'create_task', delaySeconds: 259_200, recheckCondition: true },
      ],
    });
    const url = `${RULES}/${created.id}`;
    const fetched = await admin().get(url);
    expect(fetched.headers.etag).toBe('"1"');
    expect((await admin().get(RULES)).json().data.map((rule: { id: string }) => rule.id)).toContain(
      created.id,
    );

    const stale = await admin().patch(url, { isEnabled: false }, { headers: { 'if-match': '"7"' } });
    expect(stale.statusCode).toBe(412);
    const disabled = await admin().patch(
      url,
      { isEnabled: false, condition: null },
      { headers: { 'if-match': '"1"' } },
    );
    expect(disabled.json()).toMatchObject({ isEnabled: false, condition: null, version: 2 });
    // A new event type re-checks the stored actions: API keys have no loader, so no recheck.
    const badSwitch = await admin().patch(url, { eventType: 'api_key.created' });
    expect(badSwitch.statusCode).toBe(422);
    expect(badSwitch.json().errors[0].field).toBe('body.actions.1.recheckCondition');

    expect((await admin().delete(url, { headers: { 'if-match': '"2"' } })).statusCode).toBe(204);
    expect((await admin().get(url)).statusCode).toBe(404);
    const audit = await ownerQuery<{ action: string }>(
      t.ownerUrl,
      'SELECT action FROM audit_events WHERE entity_id = $1 ORDER BY sequence',
      [created.id],
    );
    expect(audit.map((row) => row.action)).toEqual([
      'automation_rule.created',
      'automation_rule.updated',
      'automation_rule.deleted',
    ]);
  });

  it('refuses a condition that is not JSON Logic, naming body.condition', async () => {
    for (const condition of [42, 'status = inactive', { equals: [1, 1] }, { or: [true, { nope: 1 }] }]) {
      expect(await fieldsOf({ condition })).toEqual({ status: 422, fields: ['body.condition'] });
    }
  });

  it('refuses unknown event and action types and bad parameters, naming each field', async () => {
    const cases: [Record<string, unknown>, string[]][] = [
      [{ eventType: 'partner.exploded' }, ['body.eventType']],
      [{ actions: [{ type: 'launch_rocket' }] }, ['body.actions.0.type']],
      [{ actions: [{ ...notifyManagers, title: '' }] }, ['body.actions.0.title']],
      [{ actions: [{ ...notifyManagers, colour: 'red' }] }, ['body.actions.0.colour']],
      [
        { actions: [{ ...notifyManagers, vendorRoles: ['partner_admin'] }] },
        ['body.actions.0.vendorRoles.0'],
      ],
      [{ actions: [{ type: 'notify', title: 'x', body: 'y' }] }, ['body.actions.0']],
      [{ actions: [{ ...notifyManagers, delaySeconds: 90 * 86_400 + 1 }] }, ['body.actions.0.delaySeconds']],
      [{ actions: [{ type: 'webhook', url: 'ftp://example.test/x' }] }, ['body.actions.0.url']],
      [{ actions: [{ ...notifyManagers, userId: other.vendor.admin.userId }] }, ['body.actions.0.userId']],
      [
        {
          actions: [
            { type: 'create_task', assignee: { kind: 'user', userId: world.partnerB.id }, title: 'x' },
          ],
        },
        ['body.actions.0.assignee.userId'],
      ],
      [
        { actions: [{ type: 'chat', integrationId: `chat_${'0'.repeat(26)}`, text: 'x' }] },
        ['body.actions.0.integrationId'],
      ],
      [
        {
          eventType: 'api_key.created',
          actions: [{ ...notifyManagers, delaySeconds: 60, recheckCondition: true }],
        },
        ['body.actions.0.recheckCondition'],
      ],
    ];
    for (const [body, fields] of cases) {
      expect(await fieldsOf(body), JSON.stringify(body)).toEqual({ status: 422, fields });
    }
    // Shape errors the route schema catches are 400s, as everywhere in the API.
    expect(await fieldsOf({ actions: [notifyManagers, { title: 'no type' }] })).toEqual({
      status: 400,
      fields: ['body.actions.1.type'],
    });
    expect((await fieldsOf({ actions: [] })).status).toBe(400);
  });

  it('refuses JSON nested deeper than the stack allows with a 4xx, even with an Idempotency-Key', async () => {
    // Written out as text: neither the test nor the server may JSON.stringify it.
    const deep = `${'{"!":['.repeat(50_000)}true${']}'.repeat(50_000)}`;
    const rule = JSON.stringify({ ...validRule, condition: undefined });
    const action = JSON.stringify(notifyManagers);
    const existing = await createRule();
    const bodies: [string, string][] = [
      [RULES, `${rule.slice(0, -1)},"condition":${deep}}`],
      [RULES, rule.replace(action, `${action.slice(0, -1)},"extra":${deep}}`)],
      [`${RULES}/${existing.id}/test`, `{"after":${deep}}`],
    ];
    for (const [index, [url, payload]] of bodies.entries()) {
      const response = await admin().post(url, payload, {
        headers: { 'content-type': 'application/json', 'idempotency-key': `deep-${index}` },
      });
      expect(response.statusCode, `${url} #${index}: ${response.body.slice(0, 200)}`).toBeGreaterThanOrEqual(
        400,
      );
      expect(response.statusCode).toBeLessThan(500);
    }
  });

  it("is for the vendor's owners and admins only; other workspaces' rules are absent", async () => {
    const rule = await createRule();
    for (const someone of [world.vendor.channel_manager, world.partnerA.users.partner_admin]) {
      expect((await as(t.app, someone).post(RULES, validRule)).statusCode).toBe(403);
      expect((await as(t.app, someone).get(`${RULES}/${rule.id}`)).statusCode).toBe(403);
    }
    expect((await as(t.app, other.vendor.admin).get(`${RULES}/${rule.id}`)).statusCode).toBe(404);
    expect((await as(t.app, other.vendor.admin).get(RULES)).json().data).toEqual([]);
  });
});

describe('the catalogue and the dry run', () => {
  it('lists event types with their entities and actions with JSON schemas', async () => {
    const catalogue = (await admin().get('/api/v1/automation/catalogue')).json();
    expect(catalogue.eventTypes).toContainEqual({
      type: 'task.completed',
      entityType: 'task',
      description: expect.any(String),
      canRecheck: true,
    });
    expect(catalogue.actions.map((action: { type: string }) => action.type)).toEqual([
      'notify',
      'email',
      'create_task',
      'webhook',
      'chat',
    ]);
    const webhook = catalogue.actions.find((action: { type: string }) => action.type === 'webhook');
    expect(webhook.parameters).toMatchObject({
      type: 'object',
      required: ['url'],
      additionalProperties: false,
    });
    expect(catalogue.actionTiming.properties.delaySeconds).toMatchObject({ maximum: 7_776_000 });
  });

  it('says whether a sample matches and what would run, changing nothing', async () => {
    const rule = await createRule();
    const test = (body: Record<string, unknown>) => admin().post(`${RULES}/${rule.id}/test`, body);
    const matching = await test({ after: { name: 'Northwind', status: 'inactive' } });
    expect(matching.json()).toEqual({
      matches: true,
      actions: [
        {
          index: 0,
          type: 'notify',
          delaySeconds: 0,
          recheckCondition: false,
          preview: 'Notify channel_manager: "Northwind was offboarded"',
        },
      ],
    });
    expect((await test({ after: { status: 'active' } })).json()).toEqual({ matches: false, actions: [] });
    const runs = await ownerQuery(t.ownerUrl, 'SELECT 1 FROM automation_rule_runs WHERE rule_id = $1', [
      rule.id,
    ]);
    expect(runs).toEqual([]);
    expect((await test({ event: { colour: 'red' } })).statusCode).toBe(400);
  });
});
