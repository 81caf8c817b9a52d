import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestWorkspace, type TestWorkspace } from '../../../test/factories.ts';
import { createTestApp, ownerQuery, type TestApp } from '../../../test/harness.ts';
import type { JobRunner } from '../../platform/jobs/job-runner.ts';
import { startTestReceiver, type TestReceiver } from '../webhooks/test-receiver.ts';
import { dispatchedEventOf, runsOf, startAutomationRunner, waitFor } from './automation-test-support.ts';

let t: TestApp;
let world: TestWorkspace;
let runner: JobRunner;
const receivers: TestReceiver[] = [];

beforeAll(async () => {
  t = await createTestApp({ WEBHOOK_TIMEOUT_MS: '2000' });
  world = await createTestWorkspace(t.database.db);
  runner = await startAutomationRunner(t);
}, 60_000);
afterAll(async () => {
  await runner?.stop();
  await t.close();
});
afterEach(async () => {
  await ownerQuery(t.ownerUrl, 'DELETE FROM automation_rules');
  for (const receiver of receivers.splice(0)) await receiver.close();
});

const admin = () => as(t.app, world.vendor.admin);
const inCountry = (country: string) => ({ '==': [{ var: 'after.country' }, country] });
const moveTo = (organisationId: string, country: string) =>
  as(t.app, world.vendor.channel_manager).patch(`/api/v1/organisations/${organisationId}`, { country });

async function createRule(body: Record<string, unknown>) {
  const response = await admin().post('/api/v1/automation-rules', {
    name: 'Test rule',
    eventType: 'organisation.updated',
    ...body,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string };
}

async function receiver(plan?: (index: number) => number) {
  const started = await startTestReceiver(plan);
  receivers.push(started);
  return started;
}

const noticesOf = (eventId: string) =>
  ownerQuery<{ user_id: string; title: string; body: string }>(
    t.ownerUrl,
    'SELECT user_id, title, body FROM notifications WHERE event_id = $1',
    [eventId],
  );

describe('running rules', () => {
  it('fires once per matching event and never for the others', async () => {
    const rule = await createRule({
      condition: inCountry('FR'),
      actions: [
        {
          type: 'notify',
          vendorRoles: ['channel_manager'],
          title: '{{after.name}} moved to {{after.country}}',
          body: 'From {{before.country}}.',
        },
      ],
    });
    await moveTo(world.partnerA.id, 'FR');
    const first = await dispatchedEventOf(t, world.partnerA.id);
    await moveTo(world.partnerB.id, 'DE');
    const ignored = await dispatchedEventOf(t, world.partnerB.id);
    await moveTo(world.partnerB.id, 'FR');
    const second = await dispatchedEventOf(t, world.partnerB.id);

    await waitFor(async () => (await runsOf(t, rule.id)).map((run) => run.status)).toEqual([
      'succeeded',
      'succeeded',
    ]);
    expect((await runsOf(t, rule.id)).map((run) => run.event_id)).toEqual([first, second]);
    expect(await noticesOf(first)).toEqual([
      {
        user_id: world.vendor.channel_manager.userId,
        title: `${world.partnerA.name} moved to FR`,
        body: 'From .',
      },
    ]);
    expect(await noticesOf(second)).toEqual([
      {
        user_id: world.vendor.channel_manager.userId,
        title: `${world.partnerB.name} moved to FR`,
        body: 'From DE.',
      },
    ]);
    expect(await noticesOf(ignored)).toEqual([]);
  });

  it('e-mails, creates a task, POSTs a webhook and posts to chat, each logged in the run log', async () => {
    const hook = await receiver();
    const slack = await receiver();
    const integration = await admin().post('/api/v1/chat-integrations', {
      kind: 'slack',
      name: 'Partner news',
      webhookUrl: slack.url,
    });
    expect(integration.statusCode, integration.body).toBe(201);
    const partnerAdmin = world.partnerA.users.partner_admin;
    const rule = await createRule({
      condition: inCountry('IT'),
      actions: [
        {
          type: 'email',
          partnerRoles: ['partner_admin'],
          subject: 'Welcome to {{after.country}}',
          body: 'Hello {{after.name}}.',
        },
        {
          type: 'create_task',
          assignee: { kind: 'partner_admin' },
          title: 'Localise the price list',
          dueInDays: 3,
        },
        { type: 'webhook', url: hook.url },
        { type: 'chat', integrationId: integration.json().id, text: '{{after.name}} now sells in Italy' },
      ],
    });
    await moveTo(world.partnerA.id, 'IT');
    const eventId = await dispatchedEventOf(t, world.partnerA.id);
    await waitFor(async () => (await runsOf(t, rule.id)).map((run) => run.status)).toEqual([
      'succeeded',
      'succeeded',
      'succeeded',
      'succeeded',
    ]);

    const emails = await ownerQuery<{
      to_address: string;
      template: string;
      subject: string;
      text_body: string;
    }>(t.ownerUrl, 'SELECT to_address, template, subject, text_body FROM email_outbox WHERE event_id = $1', [
      eventId,
    ]);
    expect(emails).toMatchObject([
      { to_address: partnerAdmin.email, template: 'notification', subject: 'Welcome to IT' },
    ]);
    expect(emails[0]!.text_body).toContain(`Hello ${world.partnerA.name}.`);

    const tasks = await as(t.app, partnerAdmin).get(
      `/api/v1/tasks?entityType=organisation&entityId=${world.partnerA.id}`,
    );
    expect(tasks.json().data).toMatchObject([
      {
        title: 'Localise the price list',
        createdByType: 'rule',
        createdById: rule.id,
        dueAt: expect.any(String),
      },
    ]);

    expect(hook.received).toHaveLength(1);
    expect(hook.received[0]!.headers['webhook-signature']).toBeUndefined();
    expect(hook.received[0]!.json).toMatchObject({
      type: 'automation.rule_matched',
      rule: { id: rule.id, name: 'Test rule' },
      event: { id: eventId, type: 'organisation.updated', entityId: world.partnerA.id },
      after: { country: 'IT' },
    });
    expect(slack.received).toHaveLength(1);
    expect(slack.received[0]!.body).toContain('now sells in Italy');
  });

  it('logs a failed action with the reason, visible in the run log API', async () => {
    const hook = await receiver(() => 500);
    const rule = await createRule({
      condition: inCountry('ES'),
      actions: [{ type: 'webhook', url: hook.url }],
    });
    await moveTo(world.partnerB.id, 'ES');
    const eventId = await dispatchedEventOf(t, world.partnerB.id);
    await waitFor(async () => (await runsOf(t, rule.id)).map((run) => run.status)).toEqual(['failed']);

    const log = await admin().get(`/api/v1/automation-rules/${rule.id}/runs?status=failed`);
    expect(log.json()).toEqual({
      data: [
        {
          id: expect.any(String),
          ruleId: rule.id,
          eventId,
          actionIndex: 0,
          actionType: 'webhook',
          status: 'failed',
          scheduledFor: expect.any(String),
          executedAt: expect.any(String),
          message: 'The receiver answered 500.',
          createdAt: expect.any(String),
        },
      ],
      nextCursor: null,
    });
    expect(
      (await admin().get(`/api/v1/automation-rules/${rule.id}/runs?status=succeeded`)).json().data,
    ).toEqual([]);
  });
});

describe('the loop guard', () => {
  it("does not run rules for events a rule's own action caused", async () => {
    const rule = await createRule({
      eventType: 'task.created',
      actions: [
        {
          type: 'create_task',
          assignee: { kind: 'user', userId: world.vendor.sales_rep.userId },
          title: 'Review: {{after.title}}',
        },
      ],
    });
    const created = await as(t.app, world.vendor.finance).post('/api/v1/tasks', { title: 'Close the books' });
    await waitFor(async () => (await runsOf(t, rule.id)).map((run) => run.status)).toEqual(['succeeded']);

    const [byRule] = await ownerQuery<{ id: string; title: string }>(
      t.ownerUrl,
      "SELECT id, title FROM tasks WHERE created_by_type = 'rule' AND created_by_id = $1",
      [rule.id],
    );
    expect(byRule).toEqual({ id: expect.any(String), title: 'Review: Close the books' });
    // The rule's task.created names the rule as actor; once it is dispatched, nothing more runs.
    await dispatchedEventOf(t, byRule!.id);
    const [event] = await ownerQuery<{ actor_type: string; actor_id: string }>(
      t.ownerUrl,
      'SELECT actor_type, actor_id FROM domain_events WHERE entity_id = $1',
      [byRule!.id],
    );
    expect(event).toEqual({ actor_type: 'system', actor_id: rule.id });
    expect(await runsOf(t, rule.id)).toHaveLength(1);
    const all = await ownerQuery(t.ownerUrl, "SELECT 1 FROM tasks WHERE title LIKE 'Review: %'");
    expect(all).toHaveLength(1);
    expect(created.json().id).not.toBe(byRule!.id);
  });
});
