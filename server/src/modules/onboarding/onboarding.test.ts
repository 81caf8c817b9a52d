import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestWorkspace, type Principal, type TestWorkspace } from '../../../test/factories.ts';
import { createTestApp, ownerQuery, TEST_SECRET, type TestApp } from '../../../test/harness.ts';
import { recordChange } from '../../platform/audit.ts';
import { type Ctx, withTransaction } from '../../platform/context.ts';
import type { JobQueue } from '../../platform/jobs/job-queue.ts';
import { dispatchPendingEvents } from '../events/dispatch-events.ts';
import { notifyOnEvent } from '../notifications/notify-on-event.ts';
import { journeyFits, pickJourney } from './journey-audience.ts';
import { onboardingMilestoneJob } from './milestone-job.ts';
import { onboardingOnEvent } from './onboarding-on-event.ts';

let t: TestApp;
let world: TestWorkspace;
let other: TestWorkspace;

beforeAll(async () => {
  t = await createTestApp();
  world = await createTestWorkspace(t.database.db);
  other = await createTestWorkspace(t.database.db, 'Globex');
});
afterAll(() => t.close());

const API = '/api/v1';
const DAY_MS = 86_400_000;
const manager = () => world.vendor.channel_manager;
const northwindAdmin = () => world.partnerA.users.partner_admin;
const contosoAdmin = () => world.partnerB.users.partner_admin;

type Step = { id: string; kind: string; completedAt: string | null; isOverdue: boolean; isManual: boolean };
type Enrolment = {
  id: string;
  organisationId: string;
  journeyId: string;
  journeyVersion: number;
  status: string;
  completedSteps: number;
  totalSteps: number;
  overdueSteps: number;
  steps: Step[];
};

const scheduled: { name: string; payload: unknown; startAfterSeconds?: number }[] = [];
const jobs: JobQueue = {
  send: async (_tx, job, payload, options) => {
    scheduled.push({ name: job.name, payload, startAfterSeconds: options?.startAfterSeconds });
  },
};

/** Hands out every pending event, as the workers would, until none is left. */
async function drain() {
  for (;;) {
    const dispatched = await dispatchPendingEvents({
      db: t.database.db,
      config: t.config,
      subscribers: [onboardingOnEvent, notifyOnEvent],
      jobs,
      clock: t.clock.now,
      log: () => undefined,
    });
    if (dispatched === 0) return;
  }
}

async function createJourney(body: Record<string, unknown>, by: Principal = manager()) {
  const response = await as(t.app, by).post(`${API}/onboarding-journeys`, {
    name: `Journey ${Math.random().toString(36).slice(2)}`,
    ...body,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; version: number; steps: unknown[] };
}

async function createPartner(name: string, profile: Record<string, string> = {}) {
  const response = await as(t.app, manager()).post(`${API}/organisations`, { name, region: 'emea' });
  expect(response.statusCode, response.body).toBe(201);
  const id = response.json().id as string;
  for (const [column, value] of Object.entries(profile)) {
    await ownerQuery(t.ownerUrl, `UPDATE organisations SET ${column} = $2 WHERE id = $1`, [id, value]);
  }
  return id;
}

async function start(organisationId: string, journeyId?: string) {
  const response = await as(t.app, manager()).post(`${API}/onboarding-enrolments`, {
    organisationId,
    ...(journeyId ? { journeyId } : {}),
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as Enrolment;
}

async function enrolmentsOf(organisationId: string, by: Principal = manager()) {
  const response = await as(t.app, by).get(`${API}/onboarding-enrolments?organisationId=${organisationId}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json().data as Enrolment[];
}

const eventsOf = (type: string, entityId: string) =>
  ownerQuery<{ data: { after: Record<string, unknown> } }>(
    t.ownerUrl,
    'SELECT data FROM domain_events WHERE type = $1 AND entity_id = $2 ORDER BY id',
    [type, entityId],
  );

const custom = (title: string, dueAfterDays = 14) => ({ title, kind: 'custom', dueAfterDays });

describe('which journey fits a partner', () => {
  const catchAll = { id: 'onbj_a', partnerTypes: [], tiers: [] };
  const resellers = { id: 'onbj_b', partnerTypes: ['reseller' as const], tiers: [] };
  const goldResellers = { id: 'onbj_c', partnerTypes: ['reseller' as const], tiers: ['gold'] };

  it.each([
    [{ partnerTypes: ['reseller' as const], tier: 'gold' }, 'onbj_c'],
    [{ partnerTypes: ['reseller' as const], tier: 'silver' }, 'onbj_b'],
    [{ partnerTypes: ['isv' as const], tier: 'gold' }, 'onbj_a'],
    [{ partnerTypes: [], tier: null }, 'onbj_a'],
  ])('%j starts %s', (partner, expected) => {
    expect(pickJourney([catchAll, resellers, goldResellers], partner)?.id).toBe(expected);
  });

  it('fits nothing when every journey names other types or tiers', () => {
    expect(journeyFits(goldResellers, { partnerTypes: ['reseller'], tier: null })).toBe(false);
    expect(pickJourney([resellers], { partnerTypes: ['msp'], tier: null })).toBeNull();
  });
});

describe('journeys', () => {
  it('are created, read and changed by onboarding managers; bad input names its field', async () => {
    const created = await createJourney({
      partnerTypes: ['reseller'],
      tiers: ['gold'],
      steps: [custom('Kick-off')],
    });
    const read = await as(t.app, world.vendor.admin).get(`${API}/onboarding-journeys/${created.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.headers.etag).toBe('"1"');

    const noSteps = await as(t.app, manager()).post(`${API}/onboarding-journeys`, {
      name: 'Empty',
      steps: [],
    });
    expect(noSteps.statusCode).toBe(400);
    expect(noSteps.json().errors).toContainEqual(expect.objectContaining({ field: 'body.steps' }));

    const badStep = await as(t.app, manager()).post(`${API}/onboarding-journeys`, {
      name: 'Bad',
      steps: [{ title: '', kind: 'custom', dueAfterDays: -1 }],
    });
    expect(badStep.statusCode).toBe(400);
    const fields = badStep.json().errors.map((error: { field: string }) => error.field);
    expect(fields).toEqual(expect.arrayContaining(['body.steps.0.title', 'body.steps.0.dueAfterDays']));

    const foreignAgreement = await as(t.app, manager()).post(`${API}/onboarding-journeys`, {
      name: 'Foreign',
      steps: [{ title: 'Sign', kind: 'accept_agreement', agreementTemplateId: `agrt_${'0'.repeat(26)}` }],
    });
    expect(foreignAgreement.statusCode).toBe(422);
    expect(foreignAgreement.json().errors).toEqual([
      { field: 'body.steps.0.agreementTemplateId', message: 'is not an agreement of this workspace' },
    ]);

    const stale = await as(t.app, manager()).patch(
      `${API}/onboarding-journeys/${created.id}`,
      { name: 'Renamed' },
      { headers: { 'if-match': '"7"' } },
    );
    expect(stale.statusCode).toBe(412);
    const renamed = await as(t.app, manager()).patch(
      `${API}/onboarding-journeys/${created.id}`,
      { name: 'Renamed', status: 'archived' },
      { headers: { 'if-match': '"1"' } },
    );
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json()).toMatchObject({ name: 'Renamed', status: 'archived', version: 2 });
    expect(await eventsOf('onboarding.journey_updated', created.id)).toHaveLength(1);

    for (const refused of [world.vendor.sales_rep, world.vendor.regional_manager, northwindAdmin()]) {
      expect((await as(t.app, refused).get(`${API}/onboarding-journeys`)).statusCode).toBe(403);
    }
    const elsewhere = await as(t.app, other.vendor.admin).get(`${API}/onboarding-journeys/${created.id}`);
    expect(elsewhere.statusCode).toBe(404);
  });

  it('keeps running enrolments on the steps they started with when the journey changes', async () => {
    const journey = await createJourney({ steps: [custom('First'), custom('Second')] });
    const partner = await createPartner(`Snapshot ${Date.now()}`);
    const started = await start(partner, journey.id);
    const edited = await as(t.app, manager()).patch(`${API}/onboarding-journeys/${journey.id}`, {
      steps: [custom('Only one now')],
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const [enrolment] = await enrolmentsOf(partner);
    expect(enrolment).toMatchObject({ id: started.id, journeyVersion: 1, totalSteps: 2 });
  });
});

describe('enrolment', () => {
  it('starts the best-fitting journey when a partner application is approved', async () => {
    const catchAll = await createJourney({ steps: [custom('Say hello')] });
    const resellers = await createJourney({
      partnerTypes: ['reseller'],
      steps: [
        custom('Reseller kick-off', 7),
        { title: 'Profile', kind: 'complete_profile', dueAfterDays: 10 },
      ],
    });
    const partner = await createPartner(`Applicant ${Date.now()}`, { partner_types: '{reseller}' });
    await drain();
    scheduled.length = 0;

    // What recruitment records when it approves an application: the new partner is the organisation.
    const ctx: Ctx = {
      db: t.database.db,
      actor: { type: 'system', workspaceId: world.workspaceId, reason: 'test' },
    };
    await withTransaction(ctx, (tx) =>
      recordChange(tx, ctx, {
        action: 'partner_application.approved',
        entityType: 'partner_application',
        entityId: 'papp_01jtestapplication00000000',
        organisationId: partner,
        after: { status: 'approved' },
      }),
    );
    await drain();

    const [enrolment] = await enrolmentsOf(partner);
    expect(enrolment).toMatchObject({ journeyId: resellers.id, totalSteps: 2, completedSteps: 0 });
    expect(enrolment!.journeyId).not.toBe(catchAll.id);
    expect(await eventsOf('onboarding.started', enrolment!.id)).toHaveLength(1);
    // Day 30, 60 and 90, each from the start.
    expect(scheduled.map((job) => [job.name, (job.payload as { day: number }).day])).toEqual([
      ['onboarding.milestone', 30],
      ['onboarding.milestone', 60],
      ['onboarding.milestone', 90],
    ]);
    expect(scheduled[0]!.startAfterSeconds).toBeGreaterThan(29 * 86_400);

    // A second approval (or a retried one) does not start a second journey.
    await withTransaction(ctx, (tx) =>
      recordChange(tx, ctx, {
        action: 'partner_application.approved',
        entityType: 'partner_application',
        entityId: 'papp_01jtestapplication00000000',
        organisationId: partner,
        after: { status: 'approved' },
      }),
    );
    await drain();
    expect(await enrolmentsOf(partner)).toHaveLength(1);

    // Filling the profile ticks the profile step on `organisation.updated`.
    const profile = await as(t.app, manager()).patch(`${API}/organisations/${partner}`, {
      legalName: 'Applicant Ltd',
      websiteDomain: 'applicant.example',
      country: 'DE',
      city: 'Berlin',
    });
    expect(profile.statusCode, profile.body).toBe(200);
    await drain();
    const [after] = await enrolmentsOf(partner);
    expect(after!.steps.find((step) => step.kind === 'complete_profile')?.completedAt).not.toBeNull();
  });

  it('welcomes the partner admins in their language when it starts', async () => {
    const journey = await createJourney({ steps: [custom('Welcome call')] });
    const partner = await createPartner(`Welcomed ${Date.now()}`);
    const admin = await as(t.app, manager()).post(`${API}/invitations`, {
      email: `admin.${Date.now()}@welcomed.test`,
      role: 'partner_admin',
      organisationId: partner,
    });
    expect(admin.statusCode, admin.body).toBe(201);
    const [adminRow] = await ownerQuery<{ id: string }>(
      t.ownerUrl,
      `INSERT INTO users (id, workspace_id, organisation_id, email, name, role, locale)
       VALUES ('user_01jwelcomedadmin0000000000', $1, $2, $3, 'Welcomed Admin', 'partner_admin', 'de') RETURNING id`,
      [world.workspaceId, partner, `welcomed.${Date.now()}@welcomed.test`],
    );
    const enrolment = await start(partner, journey.id);
    await drain();
    const notices = await ownerQuery<{ user_id: string }>(
      t.ownerUrl,
      `SELECT user_id FROM notifications WHERE type = 'onboarding.started' AND link = '/portal/onboarding'
         AND event_id IN (SELECT id FROM domain_events WHERE entity_id = $1)`,
      [enrolment.id],
    );
    expect(notices.map((row) => row.user_id)).toEqual([adminRow!.id]);
    const [mail] = await ownerQuery<{ subject: string; template: string }>(
      t.ownerUrl,
      `SELECT subject, template FROM email_outbox WHERE user_id = $1`,
      [adminRow!.id],
    );
    expect(mail).toMatchObject({ template: 'onboarding.welcome' });
    expect(mail!.subject).toContain('Willkommen');
  });

  it('refuses a second running journey, the vendor itself, and people without onboarding:manage', async () => {
    const journey = await createJourney({ steps: [custom('One')] });
    const partner = await createPartner(`Twice ${Date.now()}`);
    await start(partner, journey.id);
    const again = await as(t.app, manager()).post(`${API}/onboarding-enrolments`, {
      organisationId: partner,
      journeyId: journey.id,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('onboarding_already_running');
    const vendor = await as(t.app, manager()).post(`${API}/onboarding-enrolments`, {
      organisationId: world.vendorOrganisationId,
      journeyId: journey.id,
    });
    expect(vendor.statusCode).toBe(422);
    expect(vendor.json().errors[0].field).toBe('body.organisationId');
    const regional = await as(t.app, world.vendor.regional_manager).post(`${API}/onboarding-enrolments`, {
      organisationId: partner,
    });
    expect(regional.statusCode).toBe(403);
  });
});

describe('steps', () => {
  it('completes an agreement step on acceptance, and custom steps ticked by the partner’s own admin only', async () => {
    const template = await as(t.app, manager()).post(`${API}/agreement-templates`, {
      name: `Onboarding terms ${Date.now()}`,
      regions: ['emea'],
    });
    expect(template.statusCode, template.body).toBe(201);
    const draft = await as(t.app, manager()).post(
      `${API}/agreement-templates/${template.json().id}/versions`,
      {
        title: 'Reseller terms',
        body: 'Be excellent.',
      },
    );
    const published = await as(t.app, manager()).post(`${API}/agreement-versions/${draft.json().id}/publish`);
    expect(published.statusCode, published.body).toBe(200);
    const journey = await createJourney({
      steps: [
        { title: 'Accept the terms', kind: 'accept_agreement', agreementTemplateId: template.json().id },
        custom('Book the kick-off call'),
      ],
    });
    const enrolment = await start(world.partnerA.id, journey.id);
    const [agreementStep, customStep] = enrolment.steps;
    expect(agreementStep).toMatchObject({ completedAt: null, isManual: false });
    expect(customStep).toMatchObject({ isManual: true });

    // An automatic step cannot be ticked by hand.
    const byHand = await as(t.app, northwindAdmin()).post(
      `${API}/onboarding-steps/${agreementStep!.id}/complete`,
    );
    expect(byHand.statusCode).toBe(409);

    const accepted = await as(t.app, northwindAdmin()).post(
      `${API}/agreement-versions/${draft.json().id}/accept`,
      { signerName: 'Nora Northwind', agree: true },
    );
    expect(accepted.statusCode, accepted.body).toBe(201);
    await drain();
    const [afterAcceptance] = await enrolmentsOf(world.partnerA.id, northwindAdmin());
    expect(afterAcceptance!.steps[0]!.completedAt).not.toBeNull();
    expect(afterAcceptance).toMatchObject({ completedSteps: 1, status: 'in_progress' });
    expect(await eventsOf('onboarding.step_completed', agreementStep!.id)).toHaveLength(1);

    // Another partner neither sees nor ticks it; a partner's sales rep may not tick at all.
    const foreign = await as(t.app, contosoAdmin()).post(
      `${API}/onboarding-steps/${customStep!.id}/complete`,
    );
    expect(foreign.statusCode).toBe(404);
    expect(await enrolmentsOf(world.partnerA.id, contosoAdmin())).toEqual([]);
    const rep = await as(t.app, world.partnerA.users.partner_sales).post(
      `${API}/onboarding-steps/${customStep!.id}/complete`,
    );
    expect(rep.statusCode).toBe(403);
    const elsewhere = await as(t.app, other.vendor.admin).get(`${API}/onboarding-enrolments/${enrolment.id}`);
    expect(elsewhere.statusCode).toBe(404);

    const ticked = await as(t.app, northwindAdmin()).post(
      `${API}/onboarding-steps/${customStep!.id}/complete`,
    );
    expect(ticked.statusCode, ticked.body).toBe(200);
    expect(ticked.json()).toMatchObject({ status: 'completed', completedSteps: 2, totalSteps: 2 });
    expect(await eventsOf('onboarding.completed', enrolment.id)).toHaveLength(1);
    const twice = await as(t.app, northwindAdmin()).post(
      `${API}/onboarding-steps/${customStep!.id}/complete`,
    );
    expect(twice.statusCode).toBe(409);
    const [audit] = await ownerQuery<{ actor_id: string }>(
      t.ownerUrl,
      `SELECT actor_id FROM audit_events WHERE action = 'onboarding.step_completed' AND entity_id = $1`,
      [customStep!.id],
    );
    expect(audit!.actor_id).toBe(northwindAdmin().userId);
  });

  it('lists running journeys with an overdue step under "overdue"', async () => {
    const journey = await createJourney({ steps: [custom('Due at once', 0), custom('Later', 60)] });
    const partner = await createPartner(`Late ${Date.now()}`);
    const enrolment = await start(partner, journey.id);
    await ownerQuery(
      t.ownerUrl,
      `UPDATE onboarding_enrolment_steps SET due_at = due_at - interval '1 day' WHERE id = $1`,
      [enrolment.steps[0]!.id],
    );
    const overdue = await as(t.app, manager()).get(`${API}/onboarding-enrolments?status=overdue&limit=200`);
    const listed = (overdue.json().data as Enrolment[]).find((entry) => entry.id === enrolment.id);
    expect(listed).toMatchObject({ overdueSteps: 1 });
    expect(listed!.steps[0]!.isOverdue).toBe(true);
    const done = await as(t.app, manager()).get(`${API}/onboarding-enrolments?status=completed&limit=200`);
    expect((done.json().data as Enrolment[]).map((entry) => entry.id)).not.toContain(enrolment.id);
  });
});

describe('milestones', () => {
  const runMilestone = (
    payload: { workspaceId: string; enrolmentId: string; day: 30 | 60 | 90 },
    now: Date,
  ) =>
    onboardingMilestoneJob.handler(payload, {
      db: t.database.db,
      config: t.config,
      secret: TEST_SECRET,
      queue: jobs,
      clock: () => now,
      log: () => undefined,
      attempt: 1,
      isLastAttempt: false,
    });

  it('announces day 30 of an unfinished journey to the partner admins and its partner manager', async () => {
    await ownerQuery(t.ownerUrl, 'UPDATE organisations SET partner_manager_id = $2 WHERE id = $1', [
      world.partnerB.id,
      manager().userId,
    ]);
    const journey = await createJourney({ steps: [custom('First'), custom('Second')] });
    const enrolment = await start(world.partnerB.id, journey.id);
    await as(t.app, contosoAdmin()).post(`${API}/onboarding-steps/${enrolment.steps[0]!.id}/complete`);
    await drain();
    const payload = { workspaceId: world.workspaceId, enrolmentId: enrolment.id, day: 30 as const };
    const startedAt = t.clock.now().getTime();

    await expect(runMilestone(payload, new Date(startedAt + 29 * DAY_MS))).rejects.toThrow(/not reached yet/);
    expect(await eventsOf('onboarding.milestone_reached', enrolment.id)).toEqual([]);

    await runMilestone(payload, new Date(startedAt + 30 * DAY_MS));
    await runMilestone(payload, new Date(startedAt + 30 * DAY_MS)); // a retry announces nothing twice
    const events = await eventsOf('onboarding.milestone_reached', enrolment.id);
    expect(events.map((event) => event.data.after)).toEqual([
      expect.objectContaining({ day: 30, completedSteps: 1, totalSteps: 2 }),
    ]);
    await drain();
    const notified = await ownerQuery<{ user_id: string; link: string }>(
      t.ownerUrl,
      `SELECT user_id, link FROM notifications WHERE type = 'onboarding.milestone_reached'
         AND event_id IN (SELECT id FROM domain_events WHERE entity_id = $1) ORDER BY user_id`,
      [enrolment.id],
    );
    expect(notified).toEqual(
      expect.arrayContaining([
        { user_id: contosoAdmin().userId, link: '/portal/onboarding' },
        { user_id: manager().userId, link: `/console/partners/${world.partnerB.id}` },
      ]),
    );
    expect(notified).toHaveLength(2);
    const mails = await ownerQuery<{ template: string }>(
      t.ownerUrl,
      `SELECT template FROM email_outbox WHERE user_id = $1 AND template = 'onboarding.milestone'`,
      [contosoAdmin().userId],
    );
    expect(mails).toHaveLength(1);
  });

  it('stays silent for a journey that is complete', async () => {
    const journey = await createJourney({ steps: [custom('Only')] });
    const partner = await createPartner(`Quick ${Date.now()}`);
    const enrolment = await start(partner, journey.id);
    const tick = await as(t.app, manager()).post(
      `${API}/onboarding-steps/${enrolment.steps[0]!.id}/complete`,
    );
    expect(tick.json().status).toBe('completed');
    await runMilestone(
      { workspaceId: world.workspaceId, enrolmentId: enrolment.id, day: 30 },
      new Date(t.clock.now().getTime() + 31 * DAY_MS),
    );
    expect(await eventsOf('onboarding.milestone_reached', enrolment.id)).toEqual([]);
  });
});

describe('metrics', () => {
  it('measures completion rate, days to complete and time to first deal per journey', async () => {
    const fresh = await createTestWorkspace(t.database.db, 'Metrics');
    const by = fresh.vendor.admin;
    const journeyResponse = await as(t.app, by).post(`${API}/onboarding-journeys`, {
      name: 'Metrics journey',
      steps: [custom('Only')],
    });
    const journeyId = journeyResponse.json().id as string;
    const empty = await as(t.app, by).get(`${API}/onboarding/metrics`);
    expect(empty.json().overall).toMatchObject({
      started: 0,
      completionRate: null,
      medianDaysToFirstDeal: null,
    });

    const startFor = async (organisationId: string) =>
      (
        await as(t.app, by).post(`${API}/onboarding-enrolments`, { organisationId, journeyId })
      ).json() as Enrolment;
    const first = await startFor(fresh.partnerA.id);
    await startFor(fresh.partnerB.id);
    await ownerQuery(
      t.ownerUrl,
      `UPDATE onboarding_enrolments SET started_at = started_at - interval '4 days' WHERE workspace_id = $1`,
      [fresh.workspaceId],
    );
    await as(t.app, by).post(`${API}/onboarding-steps/${first.steps[0]!.id}/complete`);

    // Deals do not exist yet: what deal registration will record.
    const ctx: Ctx = {
      db: t.database.db,
      actor: { type: 'system', workspaceId: fresh.workspaceId, reason: 'test' },
    };
    await withTransaction(ctx, (tx) =>
      recordChange(tx, ctx, {
        action: 'deal_registration.created',
        entityType: 'deal_registration',
        entityId: 'dreg_01jtestdeal0000000000000000',
        organisationId: fresh.partnerA.id,
        after: {},
      }),
    );
    await drain();

    const metrics = await as(t.app, by).get(`${API}/onboarding/metrics`);
    expect(metrics.statusCode, metrics.body).toBe(200);
    const { overall, journeys } = metrics.json();
    expect(overall).toMatchObject({ started: 2, completed: 1, completionRate: 0.5, withFirstDeal: 1 });
    expect(overall.medianDaysToComplete).toBeCloseTo(4, 0);
    expect(overall.medianDaysToFirstDeal).toBeGreaterThanOrEqual(0);
    expect(journeys).toEqual([
      expect.objectContaining({ journeyId, started: 2, completed: 1, completionRate: 0.5 }),
    ]);
    expect((await as(t.app, fresh.vendor.sales_rep).get(`${API}/onboarding/metrics`)).statusCode).toBe(403);
  });
});
