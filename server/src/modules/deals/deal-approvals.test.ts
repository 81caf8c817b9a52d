import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestWorkspace, type Principal, type TestWorkspace } from '../../../test/factories.ts';
import { createTestApp, ownerQuery, TEST_SECRET, type TestApp } from '../../../test/harness.ts';
import type { JobDefinition } from '../../platform/jobs/define-job.ts';
import { runAutomationActionJob } from '../automation/run-action-job.ts';
import { runAutomationRules } from '../automation/run-automation-rules.ts';
import { dispatchPendingEvents } from '../events/dispatch-events.ts';
import type { EventSubscriber } from '../events/event-subscriber.ts';
import { notifyOnEvent } from '../notifications/notify-on-event.ts';
import { checkApprovalSlasJob } from './check-approval-slas.ts';
import { checkDealProtectionJob } from './check-deal-protection.ts';

let t: TestApp;
let world: TestWorkspace;
const API = '/api/v1';
const DEALS = `${API}/deal-registrations`;
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

let serial = 0;
function claim(overrides: Record<string, unknown> = {}) {
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

async function register(by: Principal, overrides: Record<string, unknown> = {}) {
  const response = await as(t.app, by).post(DEALS, claim(overrides));
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; status: string; version: number; approvalLevel: number };
}

const approve = (by: Principal, id: string, body: Record<string, unknown> = {}) =>
  as(t.app, by).post(`${DEALS}/${id}/approve`, body);
const detailOf = async (by: Principal, id: string) => {
  const response = await as(t.app, by).get(`${DEALS}/${id}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};

/** Moves time on; sessions are kept alive as if their people had been working meanwhile. */
async function advance(ms: number) {
  t.clock.advance(ms);
  const now = t.clock.now();
  await ownerQuery(t.ownerUrl, 'UPDATE sessions SET last_seen_at = $1, expires_at = $2', [
    now,
    new Date(now.getTime() + 14 * DAY),
  ]);
}

const sent: { name: string; payload: unknown }[] = [];
const queue = {
  send: async (_tx: unknown, job: JobDefinition, payload: unknown) => {
    sent.push({ name: job.name, payload });
  },
};

/** Runs a recurring job's handler as the worker would at the test clock's time. */
async function runJob(job: JobDefinition) {
  await job.handler(
    {},
    {
      db: t.database.db,
      config: t.config,
      secret: TEST_SECRET,
      queue: queue as never,
      clock: t.clock.now,
      log: () => undefined,
      attempt: 1,
      isLastAttempt: true,
    },
  );
}

/** Hands recorded events to the subscribers, as the dispatcher in the workers would. */
async function drainEvents(subscribers: EventSubscriber[] = [notifyOnEvent]) {
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

const noticesOf = (userId: string, registrationId?: string) =>
  ownerQuery<{ type: string; title: string; body: string; link: string | null }>(
    t.ownerUrl,
    `SELECT n.type, n.title, n.body, n.link FROM notifications n
       LEFT JOIN domain_events e ON e.id = n.event_id
     WHERE n.user_id = $1 AND ($2::text IS NULL OR e.entity_id = $2) ORDER BY n.id`,
    [userId, registrationId ?? null],
  );

const eventsOf = (registrationId: string, type: string) =>
  ownerQuery<{ id: string; data: { after: Record<string, unknown> } }>(
    t.ownerUrl,
    'SELECT id, data FROM domain_events WHERE entity_id = $1 AND type = $2 ORDER BY id',
    [registrationId, type],
  );

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

describe('programme settings', () => {
  it('are read by partners too, changed by channel managers, and checked field by field', async () => {
    const read = await as(t.app, world.partnerA.users.partner_sales).get(`${API}/deal-registration-settings`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ protectionDays: 90, maxExtensions: 1, version: 1 });
    expect(read.headers.etag).toBe('"1"');

    const { version: _version, ...current } = read.json();
    const refused = await as(t.app, world.partnerA.users.partner_admin).put(
      `${API}/deal-registration-settings`,
      current,
    );
    expect(refused.statusCode).toBe(403);

    const bad = await as(t.app, world.vendor.admin).put(`${API}/deal-registration-settings`, {
      ...current,
      approvalLevels: [{ role: 'regional_manager', minimumAmount: -1, regions: ['EMEA'], slaHours: 0 }],
      protectionDays: 0,
      maxExtensions: 11,
      autoApproveMaxAmount: -5,
    });
    expect(bad.statusCode).toBe(400);
    const fields = (bad.json().errors as { field: string }[]).map((problem) => problem.field).sort();
    expect(fields).toEqual(
      [
        'body.approvalLevels.0.minimumAmount',
        'body.approvalLevels.0.regions.0',
        'body.approvalLevels.0.slaHours',
        'body.autoApproveMaxAmount',
        'body.maxExtensions',
        'body.protectionDays',
      ].sort(),
    );

    const stale = await as(t.app, world.vendor.admin).put(`${API}/deal-registration-settings`, current, {
      headers: { 'if-match': '"7"' },
    });
    expect(stale.statusCode).toBe(412);
  });
});

describe('deciding registrations', () => {
  it('takes a large registration through the regional and then the channel manager, then protects it', async () => {
    const created = await register(world.partnerA.users.partner_sales, { amount: 200_000 });
    expect(created).toMatchObject({ status: 'pending_approval', approvalLevel: 1 });

    const first = await approve(world.vendor.regional_manager, created.id, { note: 'Known account team' });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ status: 'pending_approval', approvalLevel: 2 });
    expect(Date.parse(first.json().approvalDueAt) - t.clock.now().getTime()).toBe(48 * HOUR);

    const notTheirs = await approve(world.vendor.regional_manager, created.id);
    expect(notTheirs.statusCode).toBe(403);
    expect(notTheirs.json().detail).toMatch(/channel manager/);

    const last = await approve(world.vendor.channel_manager, created.id);
    expect(last.statusCode, last.body).toBe(200);
    expect(last.json()).toMatchObject({ status: 'approved', approvalLevel: null, approvalDueAt: null });
    expect(Date.parse(last.json().protectionEndsAt) - t.clock.now().getTime()).toBe(90 * DAY);

    const seen = await detailOf(world.partnerA.users.partner_sales, created.id);
    expect(seen.approvals).toEqual([
      expect.objectContaining({
        level: 1,
        role: 'regional_manager',
        decision: 'approved',
        reason: 'Known account team',
      }),
      expect.objectContaining({ level: 2, role: 'channel_manager', decision: 'approved', mayDecide: false }),
    ]);
    expect(await eventsOf(created.id, 'deal_registration.level_approved')).toHaveLength(1);
    expect(await eventsOf(created.id, 'deal_registration.approved')).toHaveLength(1);
  });

  it('routes a North American registration to its channel level and hides it from the EMEA regional manager', async () => {
    const created = await register(world.partnerB.users.partner_admin);
    const hidden = await approve(world.vendor.regional_manager, created.id);
    expect(hidden.statusCode).toBe(404);
    expect((await approve(world.vendor.channel_manager, created.id)).json()).toMatchObject({
      approvalLevel: 2,
    });
    const done = await approve(world.vendor.admin, created.id);
    expect(done.json()).toMatchObject({ status: 'approved' });
  });

  it('refuses approvers without the permission and partners, and a reject without a reason', async () => {
    const created = await register(world.partnerA.users.partner_admin);
    expect((await approve(world.vendor.sales_rep, created.id)).statusCode).toBe(403);
    expect((await approve(world.partnerA.users.partner_admin, created.id)).statusCode).toBe(403);
    const noReason = await as(t.app, world.vendor.regional_manager).post(`${DEALS}/${created.id}/reject`, {});
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors[0].field).toBe('body.reason');

    const rejected = await as(t.app, world.vendor.regional_manager).post(`${DEALS}/${created.id}/reject`, {
      reason: 'The customer buys direct through its framework agreement.',
    });
    expect(rejected.json()).toMatchObject({
      status: 'rejected',
      decisionReason: 'The customer buys direct through its framework agreement.',
    });
    expect((await approve(world.vendor.channel_manager, created.id)).statusCode).toBe(409);
  });

  it('lets only one of two approvers deciding at the same moment win', async () => {
    const created = await register(world.partnerA.users.partner_sales);
    const answers = await Promise.all([
      approve(world.vendor.regional_manager, created.id),
      as(t.app, world.vendor.channel_manager).post(`${DEALS}/${created.id}/reject`, {
        reason: 'Duplicate of an existing opportunity',
      }),
    ]);
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([200, 409]);
    const lost = answers.find((answer) => answer.statusCode === 409)!;
    expect(lost.json().detail).toMatch(/someone else decided it first/);
    const decided = await detailOf(world.vendor.admin, created.id);
    expect(decided.approvals.filter((step: { decision: string | null }) => step.decision)).toHaveLength(1);
  });

  it('refuses an approval made against an older version of a multi-level registration', async () => {
    const created = await register(world.partnerA.users.partner_sales, { amount: 150_000 });
    await approve(world.vendor.regional_manager, created.id);
    const late = await as(t.app, world.vendor.channel_manager).post(
      `${DEALS}/${created.id}/approve`,
      {},
      { headers: { 'if-match': `"${created.version}"` } },
    );
    expect(late.statusCode).toBe(412);
  });

  it('pauses the SLA while the partner owes an answer, then restarts it at the same level', async () => {
    const created = await register(world.partnerA.users.partner_sales);
    const asked = await as(t.app, world.vendor.regional_manager).post(`${DEALS}/${created.id}/request-info`, {
      question: 'Who is the economic buyer?',
    });
    expect(asked.json()).toMatchObject({
      status: 'more_info_requested',
      approvalDueAt: null,
      decisionReason: 'Who is the economic buyer?',
    });
    const queue = await as(t.app, world.vendor.regional_manager).get(`${API}/deal-approval-queue?limit=200`);
    expect(queue.json().data.map((row: { id: string }) => row.id)).not.toContain(created.id);

    const otherPartner = await as(t.app, world.partnerB.users.partner_admin).post(
      `${DEALS}/${created.id}/info`,
      {
        answer: 'x',
      },
    );
    expect(otherPartner.statusCode).toBe(404);

    await advance(30 * HOUR);
    // Paused: a day and more later nothing was escalated.
    await runJob(checkApprovalSlasJob);
    expect(await eventsOf(created.id, 'deal_registration.approval_escalated')).toEqual([]);

    const answered = await as(t.app, world.partnerA.users.partner_sales).post(`${DEALS}/${created.id}/info`, {
      answer: 'The CFO, Jane Doe',
      amount: 25_000,
    });
    expect(answered.statusCode, answered.body).toBe(200);
    const body = answered.json();
    expect(body).toMatchObject({ status: 'pending_approval', approvalLevel: 1, amount: 25_000 });
    expect(Date.parse(body.approvalDueAt) - t.clock.now().getTime()).toBe(24 * HOUR);
    expect(body.approvals).toEqual([
      expect.objectContaining({
        level: 1,
        decision: 'more_info_requested',
        reason: 'Who is the economic buyer?',
        answer: 'The CFO, Jane Doe',
      }),
      expect.objectContaining({ level: 1, decision: null }),
    ]);
    const again = await as(t.app, world.partnerA.users.partner_sales).post(`${DEALS}/${created.id}/info`, {
      answer: 'twice',
    });
    expect(again.statusCode).toBe(409);
  });

  it('lets the partner withdraw its own registration, freeing it from the queue', async () => {
    const created = await register(world.partnerA.users.partner_sales);
    const withdrawn = await as(t.app, world.partnerA.users.partner_admin).post(
      `${DEALS}/${created.id}/withdraw`,
      {
        reason: 'Customer postponed the project',
      },
    );
    expect(withdrawn.json()).toMatchObject({ status: 'withdrawn', approvalLevel: null });
    expect((await approve(world.vendor.regional_manager, created.id)).statusCode).toBe(409);
  });
});

describe('the approval queue', () => {
  it('shows each approver what waits on them, most urgent first, with the SLA state', async () => {
    const small = await register(world.partnerA.users.partner_sales);
    await advance(21 * HOUR);
    const large = await register(world.partnerA.users.partner_sales, { amount: 300_000 });
    await approve(world.vendor.regional_manager, large.id);
    const american = await register(world.partnerB.users.partner_sales);

    const regional = await as(t.app, world.vendor.regional_manager).get(
      `${API}/deal-approval-queue?limit=200`,
    );
    expect(regional.statusCode).toBe(200);
    const regionalIds = regional.json().data.map((row: { id: string }) => row.id);
    expect(regionalIds).toContain(small.id);
    expect(regionalIds).not.toContain(large.id);
    expect(regionalIds).not.toContain(american.id);
    expect(regional.json().data.find((row: { id: string }) => row.id === small.id)).toMatchObject({
      slaState: 'due_soon',
      level: 1,
      role: 'regional_manager',
      partnerName: world.partnerA.name,
      amount: 20_000,
    });

    const channel = await as(t.app, world.vendor.channel_manager).get(`${API}/deal-approval-queue?limit=200`);
    const rows = channel.json().data as { id: string; dueAt: string }[];
    expect(rows.map((row) => row.id)).toEqual(expect.arrayContaining([small.id, large.id, american.id]));
    const dues = rows.map((row) => Date.parse(row.dueAt));
    expect(dues).toEqual([...dues].sort((a, b) => a - b));

    const soon = await as(t.app, world.vendor.channel_manager).get(
      `${API}/deal-approval-queue?slaState=due_soon`,
    );
    expect(soon.json().data.map((row: { id: string }) => row.id)).toContain(small.id);
    expect(soon.json().data.map((row: { id: string }) => row.id)).not.toContain(large.id);
    const america = await as(t.app, world.vendor.channel_manager).get(
      `${API}/deal-approval-queue?region=north-america`,
    );
    expect(america.json().data.map((row: { id: string }) => row.id)).toEqual([american.id]);

    const paged = await as(t.app, world.vendor.channel_manager).get(`${API}/deal-approval-queue?limit=1`);
    const next = await as(t.app, world.vendor.channel_manager).get(
      `${API}/deal-approval-queue?limit=1&cursor=${paged.json().nextCursor}`,
    );
    expect(next.json().data[0].id).toBe(rows[1]!.id);
    expect(
      (await as(t.app, world.partnerA.users.partner_admin).get(`${API}/deal-approval-queue`)).statusCode,
    ).toBe(403);
  });
});

describe('SLA timers', () => {
  it('reminds before the SLA runs out and escalates once it has, each once, and an automation rule reacts', async () => {
    const rule = await as(t.app, world.vendor.admin).post(`${API}/automation-rules`, {
      name: 'Overdue registrations',
      eventType: 'deal_registration.approval_escalated',
      actions: [
        {
          type: 'notify',
          vendorRoles: ['admin'],
          title: 'Escalated: {{after.reference}}',
          body: 'Level {{after.level}} ran out.',
        },
      ],
    });
    expect(rule.statusCode, rule.body).toBe(201);
    await drainEvents();

    const created = await register(world.partnerA.users.partner_sales);
    await advance(19 * HOUR);
    await runJob(checkApprovalSlasJob);
    expect(await eventsOf(created.id, 'deal_registration.approval_reminder')).toEqual([]);

    await advance(2 * HOUR);
    await runJob(checkApprovalSlasJob);
    await runJob(checkApprovalSlasJob);
    expect(await eventsOf(created.id, 'deal_registration.approval_reminder')).toHaveLength(1);

    await advance(3 * HOUR);
    await runJob(checkApprovalSlasJob);
    await runJob(checkApprovalSlasJob);
    const escalations = await eventsOf(created.id, 'deal_registration.approval_escalated');
    expect(escalations).toHaveLength(1);

    sent.length = 0;
    await drainEvents([notifyOnEvent, runAutomationRules]);
    const regionalNotices = await noticesOf(world.vendor.regional_manager.userId, created.id);
    expect(regionalNotices.map((notice) => notice.type)).toEqual(
      expect.arrayContaining(['deal_registration.approval_reminder', 'deal_registration.approval_escalated']),
    );
    const channelNotices = await noticesOf(world.vendor.channel_manager.userId, created.id);
    expect(
      channelNotices.find((notice) => notice.type === 'deal_registration.approval_escalated'),
    ).toMatchObject({
      title: expect.stringMatching(/^Overdue: DR-\d+/),
      link: `/console/deals/${created.id}`,
    });
    const partnerNotices = await noticesOf(world.partnerA.users.partner_sales.userId, created.id);
    expect(partnerNotices.map((notice) => notice.type)).not.toContain('deal_registration.approval_escalated');

    const [run] = await ownerQuery<{ id: string }>(
      t.ownerUrl,
      'SELECT id FROM automation_rule_runs WHERE rule_id = $1 AND event_id = $2',
      [rule.json().id, escalations[0]!.id],
    );
    const actions = sent.filter(
      (job) =>
        job.name === runAutomationActionJob.name && (job.payload as { runId: string }).runId === run?.id,
    );
    expect(actions).toHaveLength(1);
    await runAutomationActionJob.handler(actions[0]!.payload as never, {
      db: t.database.db,
      config: t.config,
      secret: TEST_SECRET,
      queue: queue as never,
      clock: t.clock.now,
      log: () => undefined,
      attempt: 1,
      isLastAttempt: true,
    });
    const adminNotices = await ownerQuery<{ title: string; body: string }>(
      t.ownerUrl,
      'SELECT title, body FROM notifications WHERE user_id = $1 AND event_id = $2',
      [world.vendor.admin.userId, escalations[0]!.id],
    );
    expect(adminNotices).toEqual([
      expect.objectContaining({
        title: `Escalated: ${escalations[0]!.data.after.reference}`,
        body: 'Level 1 ran out.',
      }),
    ]);
  });
});

describe('protection', () => {
  async function approved(by: Principal = world.partnerA.users.partner_sales, overrides = {}) {
    const created = await register(by, overrides);
    const done = await approve(world.vendor.channel_manager, created.id);
    expect(done.json().status).toBe('approved');
    if (by.organisationId === world.partnerB.id) await approve(world.vendor.channel_manager, created.id);
    return done.json() as { id: string; protectionEndsAt: string; customerName: string };
  }

  it('extends protection once when granted, refuses a second pending request and the cap', async () => {
    const registration = await approved();
    const url = `${DEALS}/${registration.id}/extension-requests`;
    const asked = await as(t.app, world.partnerA.users.partner_sales).post(url, {
      reason: 'Board meets in May',
    });
    expect(asked.statusCode, asked.body).toBe(201);
    const pending = asked.json().extensions[0];
    expect(pending).toMatchObject({ status: 'pending', requestedDays: 30 });
    expect(
      (await as(t.app, world.partnerA.users.partner_sales).post(url, { reason: 'Again please' })).statusCode,
    ).toBe(409);
    const foreign = await as(t.app, world.partnerB.users.partner_admin).post(url, { reason: 'Not mine' });
    expect(foreign.statusCode).toBe(404);

    const granted = await as(t.app, world.vendor.regional_manager).post(
      `${API}/deal-registration-extensions/${pending.id}/approve`,
      {},
    );
    expect(granted.statusCode, granted.body).toBe(200);
    expect(granted.json()).toMatchObject({ extensionCount: 1 });
    expect(Date.parse(granted.json().protectionEndsAt) - Date.parse(registration.protectionEndsAt)).toBe(
      30 * DAY,
    );
    const twice = await as(t.app, world.vendor.channel_manager).post(
      `${API}/deal-registration-extensions/${pending.id}/reject`,
      { note: 'Too late' },
    );
    expect(twice.statusCode).toBe(409);

    const capped = await as(t.app, world.partnerA.users.partner_sales).post(url, {
      reason: 'One more month',
    });
    expect(capped.statusCode).toBe(409);
    expect(capped.json().detail).toMatch(/allows 1 extension/);
  });

  it('tells the partner once when protection ends soon, and again after an extension moves the end', async () => {
    const registration = await approved(world.partnerA.users.partner_sales, {
      customerName: 'Cyberdyne Systems',
      customerWebsite: 'cyberdyne.io',
    });
    const endingNotices = () => eventsOf(registration.id, 'deal_registration.protection_ending');
    await advance(75 * DAY);
    await runJob(checkDealProtectionJob);
    expect(await endingNotices()).toHaveLength(0);

    await advance(2 * DAY);
    await runJob(checkDealProtectionJob);
    await runJob(checkDealProtectionJob);
    const first = await endingNotices();
    expect(first).toHaveLength(1);
    expect(first[0]!.data.after.protectionEndsAt).toBe(registration.protectionEndsAt);

    const asked = await as(t.app, world.partnerA.users.partner_sales).post(
      `${DEALS}/${registration.id}/extension-requests`,
      { reason: 'Procurement needs another month' },
    );
    expect(asked.statusCode, asked.body).toBe(201);
    const granted = await as(t.app, world.vendor.channel_manager).post(
      `${API}/deal-registration-extensions/${asked.json().extensions[0].id}/approve`,
      {},
    );
    expect(granted.statusCode, granted.body).toBe(200);
    await runJob(checkDealProtectionJob);
    expect(await endingNotices()).toHaveLength(1);
    await advance(30 * DAY);
    await runJob(checkDealProtectionJob);
    const second = await endingNotices();
    expect(second).toHaveLength(2);
    expect(second[1]!.data.after.protectionEndsAt).toBe(granted.json().protectionEndsAt);

    await drainEvents();
    const notices = (await noticesOf(world.partnerA.users.partner_sales.userId, registration.id)).filter(
      (candidate) => candidate.type === 'deal_registration.protection_ending',
    );
    expect(notices.map((notice) => notice.body.slice(-100))).toEqual([
      expect.stringContaining(registration.protectionEndsAt.slice(0, 10)),
      expect.stringContaining(String(granted.json().protectionEndsAt).slice(0, 10)),
    ]);
    expect(await noticesOf(world.partnerB.users.partner_admin.userId, registration.id)).toEqual([]);
  });

  it('keeps the window when an extension is refused, and tells the partner why', async () => {
    const registration = await approved();
    const asked = await as(t.app, world.partnerA.users.partner_admin).post(
      `${DEALS}/${registration.id}/extension-requests`,
      { reason: 'Procurement is slow', days: 14 },
    );
    const extensionId = asked.json().extensions[0].id;
    const noNote = await as(t.app, world.vendor.channel_manager).post(
      `${API}/deal-registration-extensions/${extensionId}/reject`,
      {},
    );
    expect(noNote.statusCode).toBe(400);
    const refused = await as(t.app, world.vendor.channel_manager).post(
      `${API}/deal-registration-extensions/${extensionId}/reject`,
      { note: 'No activity recorded for two months' },
    );
    expect(refused.json()).toMatchObject({
      extensionCount: 0,
      protectionEndsAt: registration.protectionEndsAt,
      extensions: [
        expect.objectContaining({ status: 'rejected', decisionNote: 'No activity recorded for two months' }),
      ],
    });
    await drainEvents();
    const notices = await noticesOf(world.partnerA.users.partner_admin.userId, registration.id);
    expect(notices.find((notice) => notice.type === 'deal_registration.extension_rejected')?.body).toMatch(
      /No activity recorded for two months/,
    );
  });

  it('flags a quiet registration once, and expires it at the end of its window, freeing the customer', async () => {
    const registration = await approved(world.partnerA.users.partner_sales, {
      customerName: 'Stark Industries',
      customerWebsite: 'stark-industries.com',
    });
    await advance(31 * DAY);
    await runJob(checkDealProtectionJob);
    await runJob(checkDealProtectionJob);
    expect(await eventsOf(registration.id, 'deal_registration.stale')).toHaveLength(1);
    expect((await detailOf(world.partnerA.users.partner_sales, registration.id)).status).toBe('approved');

    const collides = await as(t.app, world.partnerB.users.partner_sales).post(`${DEALS}/conflict-check`, {
      customerName: 'Stark Industries',
      customerWebsite: 'stark-industries.com',
      country: 'DE',
    });
    expect(collides.json().outcome).toBe('conflict');

    await advance(60 * DAY);
    await runJob(checkDealProtectionJob);
    expect((await detailOf(world.partnerA.users.partner_sales, registration.id)).status).toBe('expired');
    expect(await eventsOf(registration.id, 'deal_registration.expired')).toHaveLength(1);

    const fresh = await as(t.app, world.partnerB.users.partner_sales).post(
      DEALS,
      claim({ customerName: 'Stark Industries', customerWebsite: 'stark-industries.com' }),
    );
    expect(fresh.json()).toMatchObject({ conflictOutcome: 'clear', isFirstIn: true });

    await drainEvents();
    const notices = await noticesOf(world.partnerA.users.partner_sales.userId, registration.id);
    expect(notices.map((notice) => notice.type)).toEqual(
      expect.arrayContaining(['deal_registration.stale', 'deal_registration.expired']),
    );
  });
});

describe('what partners are told', () => {
  it('tells the partner each step with dates and reasons, and never names another partner', async () => {
    const first = await register(world.partnerA.users.partner_sales, {
      customerName: 'Wayne Enterprises',
      customerWebsite: 'wayne-enterprises.com',
    });
    const second = await register(world.partnerB.users.partner_sales, {
      customerName: 'Wayne Enterprises Inc',
      customerWebsite: 'wayne-enterprises.com',
    });
    await approve(world.vendor.channel_manager, first.id);
    await as(t.app, world.vendor.channel_manager).post(`${DEALS}/${second.id}/reject`, {
      reason: 'Another partner registered this customer first.',
    });
    await drainEvents();

    // The registering user is not told of their own submission; the partner's admin is.
    const partnerA = await noticesOf(world.partnerA.users.partner_admin.userId, first.id);
    expect(partnerA.map((notice) => notice.type)).toEqual([
      'deal_registration.created',
      'deal_registration.approved',
    ]);
    expect(partnerA[1]!.body).toMatch(/protected until \d{4}-\d{2}-\d{2}/);
    expect(partnerA[1]!.link).toBe(`/portal/deals/${first.id}`);

    const partnerB = await noticesOf(world.partnerB.users.partner_sales.userId);
    expect(partnerB.map((notice) => notice.type)).toContain('deal_registration.rejected');
    const everythingB = JSON.stringify(partnerB);
    expect(everythingB).not.toContain(world.partnerA.name);
    const everythingA = JSON.stringify(await noticesOf(world.partnerA.users.partner_admin.userId));
    expect(everythingA).not.toContain(world.partnerB.name);

    const vendor = await noticesOf(world.vendor.regional_manager.userId, first.id);
    expect(vendor.map((notice) => notice.type)).toContain('deal_registration.created');
  });
});
