import { describe, expect, it } from 'vitest';
import { as } from '../../../test/factories.ts';
import { insertUser } from '../../../test/fixtures.ts';
import { ownerQuery } from '../../../test/harness.ts';
import { runAutomationActionJob } from '../automation/run-action-job.ts';
import { runAutomationRules } from '../automation/run-automation-rules.ts';
import { notifyOnEvent } from '../notifications/notify-on-event.ts';
import { checkApprovalSlasJob } from './check-approval-slas.ts';
import {
  API,
  advance,
  approve,
  DAY,
  DEALS,
  detailOf,
  drainEvents,
  eventsOf,
  HOUR,
  noticesOf,
  register,
  runJob,
  sent,
  t,
  useDealProgramme,
  world,
} from './deal-test-kit.ts';

useDealProgramme();

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
      exchangeRates: { USD: -1.08 },
    });
    expect(bad.statusCode).toBe(400);
    const fields = (bad.json().errors as { field: string }[]).map((problem) => problem.field).sort();
    expect(fields).toEqual(
      [
        'body.approvalLevels.0.minimumAmount',
        'body.approvalLevels.0.regions.0',
        'body.approvalLevels.0.slaHours',
        'body.autoApproveMaxAmount',
        'body.exchangeRates.USD',
        'body.maxExtensions',
        'body.protectionDays',
      ].sort(),
    );
    const messageOf = (field: string) =>
      (bad.json().errors as { field: string; message: string }[]).find((problem) => problem.field === field)
        ?.message;
    expect(messageOf('body.protectionDays')).toBe('must be at least 1 day');
    expect(messageOf('body.maxExtensions')).toBe('must be at most 10 extensions');

    const stale = await as(t.app, world.vendor.admin).put(`${API}/deal-registration-settings`, current, {
      headers: { 'if-match': '"7"' },
    });
    expect(stale.statusCode).toBe(412);
  });
});

describe('deciding registrations', () => {
  it('weighs an amount in another currency at the programme’s rate, and one without a rate by every level', async () => {
    const manager = as(t.app, world.vendor.channel_manager);
    const { version: _version, ...settings } = (
      await manager.get(`${API}/deal-registration-settings`)
    ).json();
    expect(settings).toMatchObject({ currency: 'EUR', exchangeRates: {} });
    const circular = await manager.put(`${API}/deal-registration-settings`, {
      ...settings,
      exchangeRates: { EUR: 1 },
    });
    expect(circular.statusCode).toBe(422);
    expect(circular.json().errors).toEqual([expect.objectContaining({ field: 'body.exchangeRates.EUR' })]);
    const saved = await manager.put(`${API}/deal-registration-settings`, {
      ...settings,
      exchangeRates: { GBP: 0.8 },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ currency: 'EUR', exchangeRates: { GBP: 0.8 } });

    const waiting: Record<string, string> = {};
    const reachesLevel = async (overrides: { amount: number; currency: string }) => {
      const created = await register(world.partnerA.users.partner_sales, overrides);
      const decided = await approve(world.vendor.regional_manager, created.id);
      expect(decided.statusCode, decided.body).toBe(200);
      if (decided.json().status === 'approved') return 'approved';
      waiting[overrides.currency] = created.id;
      return `level ${decided.json().approvalLevel}`;
    };
    // The channel manager's level starts at 100,000 EUR: 90,000 GBP is 112,500 EUR.
    expect(await reachesLevel({ amount: 90_000, currency: 'GBP' })).toBe('level 2');
    expect(await reachesLevel({ amount: 90_000, currency: 'EUR' })).toBe('approved');
    expect(await reachesLevel({ amount: 70_000, currency: 'GBP' })).toBe('approved');
    // No rate for Swiss francs: the amount cannot be weighed, so it goes through every level.
    expect(await reachesLevel({ amount: 1_000, currency: 'CHF' })).toBe('level 2');

    // The channel manager's queue says what each amount was weighed as, or that it could not be.
    const queue = (await manager.get(`${API}/deal-approval-queue?limit=200`)).json().data as {
      id: string;
      weighedAmount: unknown;
    }[];
    expect(queue.find((item) => item.id === waiting.GBP)?.weighedAmount).toEqual({
      amount: 112_500,
      currency: 'EUR',
    });
    expect(queue.find((item) => item.id === waiting.CHF)?.weighedAmount).toBeNull();

    const restored = await manager.put(`${API}/deal-registration-settings`, {
      ...settings,
      exchangeRates: {},
    });
    expect(restored.statusCode, restored.body).toBe(200);
  });

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
    await runJob(runAutomationActionJob, actions[0]!.payload);
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

  it('tells the rep who registered a deal of its steps, and leaves their fellow reps out', async () => {
    const colleague = await insertUser(
      t.database.db,
      { workspaceId: world.workspaceId, organisationId: world.partnerA.id },
      'partner_sales',
    );
    const created = await register(world.partnerA.users.partner_sales, {
      customerName: 'Soylent Corporation',
      customerWebsite: 'soylent.com',
    });
    await approve(world.vendor.channel_manager, created.id);
    await drainEvents();

    const typesOf = async (userId: string) =>
      (await noticesOf(userId, created.id)).map((notice) => notice.type);
    expect(await typesOf(world.partnerA.users.partner_sales.userId)).toEqual(['deal_registration.approved']);
    expect(await typesOf(world.partnerA.users.partner_admin.userId)).toEqual([
      'deal_registration.created',
      'deal_registration.approved',
    ]);
    expect(await typesOf(colleague.id)).toEqual([]);
  });
});
