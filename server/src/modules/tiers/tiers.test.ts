import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestWorkspace, type TestWorkspace } from '../../../test/factories.ts';
import { insertPartnerBeside, insertUser } from '../../../test/fixtures.ts';
import { createTestApp, ownerQuery, type TestApp } from '../../../test/harness.ts';
import { withTransaction } from '../../platform/context.ts';
import { dispatchPendingEvents } from '../events/dispatch-events.ts';
import { notifyOnEvent } from '../notifications/notify-on-event.ts';
import { computePartnerMetrics } from './partner-metrics.ts';
import { evaluateTiersJob } from './tier-evaluation-job.ts';

let t: TestApp;
let world: TestWorkspace;
let other: TestWorkspace;
const DAY = 24 * 60 * 60 * 1000;
const TIERS = '/api/v1/partner-tiers';
const tierOf = (id: string) => `/api/v1/organisations/${id}/tier`;

beforeAll(async () => {
  t = await createTestApp();
  world = await createTestWorkspace(t.database.db);
  other = await createTestWorkspace(t.database.db, 'Globex');
  const channel = as(t.app, world.vendor.channel_manager);
  // Each factory partner has four active users and no certifications.
  for (const tier of [
    { key: 'registered', name: 'Registered', rank: 10 },
    {
      key: 'silver',
      name: 'Silver',
      rank: 20,
      discountPercent: 10,
      rules: [{ metric: 'certifications', minimum: 1 }],
    },
    {
      key: 'gold',
      name: 'Gold',
      rank: 30,
      discountPercent: 20,
      isMdfEligible: true,
      mdfCap: { amount: 25000, currency: 'EUR' },
      rules: [
        { metric: 'certifications', minimum: 2 },
        { metric: 'active_users', minimum: 3 },
      ],
    },
  ]) {
    const created = await channel.post(TIERS, tier);
    expect(created.statusCode, created.body).toBe(201);
  }
  await drainEvents();
}, 60_000);
afterAll(() => t.close());

/** Runs the notification fan-out for everything recorded so far, as the workers would. */
async function drainEvents() {
  const drain = () =>
    dispatchPendingEvents({
      db: t.database.db,
      config: t.config,
      subscribers: [notifyOnEvent],
      jobs: { send: async () => undefined },
      clock: () => new Date(),
      log: () => undefined,
    });
  while ((await drain()) > 0);
}

const notificationsOf = (userId: string, type: string) =>
  ownerQuery<{ title: string; link: string | null }>(
    t.ownerUrl,
    'SELECT title, link FROM notifications WHERE user_id = $1 AND type = $2',
    [userId, type],
  );

const historyOf = (organisationId: string) =>
  ownerQuery<{ from_tier_key: string | null; to_tier_key: string | null; reason: string }>(
    t.ownerUrl,
    'SELECT from_tier_key, to_tier_key, reason FROM partner_tier_changes WHERE organisation_id = $1 ORDER BY id',
    [organisationId],
  );

async function newPartner(certifications: string[]) {
  const id = await insertPartnerBeside(t.database.db, {
    workspaceId: world.workspaceId,
    organisationId: world.partnerA.id,
  });
  const place = { workspaceId: world.workspaceId, organisationId: id };
  const admin = await insertUser(t.database.db, place, 'partner_admin');
  await insertUser(t.database.db, place, 'partner_sales');
  await insertUser(t.database.db, place, 'partner_sales');
  await setCertifications(id, certifications);
  return { id, adminId: admin.id };
}

async function setCertifications(id: string, certifications: string[]) {
  const response = await as(t.app, world.vendor.admin).patch(`/api/v1/organisations/${id}`, {
    certifications,
  });
  expect(response.statusCode, response.body).toBe(200);
}

const evaluate = (id: string) => as(t.app, world.vendor.channel_manager).post(`${tierOf(id)}-evaluations`);

describe('tiers', () => {
  it('validates tiers, naming the field: unknown metric, taken key or rank, bad benefits', async () => {
    const channel = as(t.app, world.vendor.channel_manager);
    const unknownMetric = await channel.post(TIERS, {
      key: 'platinum',
      name: 'Platinum',
      rank: 40,
      rules: [{ metric: 'revenue_vibes', minimum: 1 }],
    });
    expect(unknownMetric.statusCode).toBe(422);
    expect(unknownMetric.json().errors).toEqual([
      { field: 'body.rules.0.metric', message: expect.any(String) },
    ]);
    const takenKey = await channel.post(TIERS, { key: 'gold', name: 'Gold again', rank: 99 });
    expect(takenKey.statusCode).toBe(409);
    expect(takenKey.json().errors[0].field).toBe('body.key');
    const takenRank = await channel.post(TIERS, { key: 'bronze', name: 'Bronze', rank: 20 });
    expect(takenRank.json().errors[0].field).toBe('body.rank');
    const badDiscount = await channel.post(TIERS, {
      key: 'bronze',
      name: 'Bronze',
      rank: 5,
      discountPercent: 120,
    });
    expect(badDiscount.statusCode).toBe(400);
    expect(badDiscount.json().errors[0].field).toBe('body.discountPercent');
    const duplicateRule = await channel.post(TIERS, {
      key: 'bronze',
      name: 'Bronze',
      rank: 5,
      rules: [
        { metric: 'certifications', minimum: 1 },
        { metric: 'certifications', minimum: 2 },
      ],
    });
    expect(duplicateRule.json().errors[0].field).toBe('body.rules.1.metric');

    // Partners read the programme; only tier managers change it.
    const list = await as(t.app, world.partnerA.users.partner_sales).get(TIERS);
    expect(list.json().data.map((tier: { key: string }) => tier.key)).toEqual([
      'gold',
      'silver',
      'registered',
    ]);
    expect(list.json().data[0]).toMatchObject({
      discountPercent: 20,
      mdfCap: { amount: 25000, currency: 'EUR' },
    });
    const gold = list.json().data[0];
    expect(
      (await as(t.app, world.vendor.regional_manager).patch(`${TIERS}/${gold.id}`, { name: 'X' })).statusCode,
    ).toBe(403);
    expect((await as(t.app, other.vendor.admin).get(`${TIERS}/${gold.id}`)).statusCode).toBe(404);
    const audit = await ownerQuery(
      t.ownerUrl,
      "SELECT 1 FROM audit_events WHERE action = 'partner_tier.created'",
    );
    expect(audit).toHaveLength(3);
  });

  it('keeps organisations to existing tiers and refuses deleting a tier in use', async () => {
    const admin = as(t.app, world.vendor.admin);
    const unknown = await admin.patch(`/api/v1/organisations/${world.partnerB.id}`, { tier: 'diamond' });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().errors[0].field).toBe('body.tier');
    const manual = await admin.put(tierOf(world.partnerB.id), {
      tier: 'diamond',
      isLocked: false,
      reason: 'x',
    });
    expect(manual.json().errors[0].field).toBe('body.tier');
    expect(
      (await admin.patch(`/api/v1/organisations/${world.partnerB.id}`, { tier: 'silver' })).statusCode,
    ).toBe(200);
    const silver = (await admin.get(TIERS))
      .json()
      .data.find((tier: { key: string }) => tier.key === 'silver');
    expect((await admin.delete(`${TIERS}/${silver.id}`)).statusCode).toBe(409);
  });

  it('computes metrics for many partners at once', async () => {
    const first = await newPartner(['A', 'B']);
    const second = await newPartner([]);
    const now = new Date(Date.now() + 400 * DAY);
    const metrics = await withTransaction(
      { db: t.database.db, actor: { type: 'system', workspaceId: world.workspaceId, reason: 'test' } },
      (tx) =>
        computePartnerMetrics(tx, {
          workspaceId: world.workspaceId,
          organisationIds: [first.id, second.id, other.partnerA.id],
          now,
        }),
    );
    expect(metrics.get(first.id)).toEqual({
      active_users: 3,
      certifications: 2,
      accepted_agreements: 0,
      months_as_partner: 13,
    });
    expect(metrics.get(second.id)).toMatchObject({ active_users: 3, certifications: 0 });
    // Another workspace's partner is not this workspace's to measure.
    expect(metrics.has(other.partnerA.id)).toBe(false);
  });

  it('upgrades at once, telling the partner admins and the channel managers', async () => {
    const partner = await newPartner(['A', 'B']);
    const response = await as(t.app, world.vendor.admin).post('/api/v1/partner-tier-evaluations');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().changes).toContainEqual(
      expect.objectContaining({
        organisationId: partner.id,
        kind: 'upgrade',
        fromTier: null,
        toTier: 'gold',
      }),
    );
    const status = await as(t.app, world.partnerA.users.partner_admin).get(tierOf(partner.id));
    expect(status.statusCode).toBe(404);
    await drainEvents();
    expect(await notificationsOf(partner.adminId, 'organisation.tier_changed')).toEqual([
      expect.objectContaining({ link: '/portal/tier' }),
    ]);
    const channelNotices = await notificationsOf(
      world.vendor.channel_manager.userId,
      'organisation.tier_changed',
    );
    expect(channelNotices).toContainEqual(
      expect.objectContaining({ link: `/console/partners/${partner.id}` }),
    );
    // The admin ran the evaluation: nobody hears about their own doing.
    expect(await notificationsOf(world.vendor.admin.userId, 'organisation.tier_changed')).toHaveLength(0);
    expect(await historyOf(partner.id)).toEqual([
      { from_tier_key: null, to_tier_key: 'gold', reason: 'evaluation' },
    ]);
  });

  it('schedules a downgrade with grace, cancels it on re-qualifying, and the job applies it after the grace', async () => {
    const partner = await newPartner(['A', 'B']);
    await evaluate(partner.id);
    await setCertifications(partner.id, ['A']);
    const scheduled = await evaluate(partner.id);
    expect(scheduled.json()).toMatchObject({
      tier: { key: 'gold' },
      pendingDowngrade: { tier: { key: 'silver' } },
    });
    const effectiveAt = new Date(scheduled.json().pendingDowngrade.effectiveAt).getTime();
    expect(effectiveAt - Date.now()).toBeGreaterThan(89 * DAY);

    await setCertifications(partner.id, ['A', 'B']);
    const cancelled = await evaluate(partner.id);
    expect(cancelled.json()).toMatchObject({ tier: { key: 'gold' }, pendingDowngrade: null });

    await setCertifications(partner.id, []);
    expect((await evaluate(partner.id)).json().pendingDowngrade.tier.key).toBe('registered');
    const job = (now: Date) =>
      evaluateTiersJob.handler(
        {},
        {
          db: t.database.db,
          config: t.config,
          secret: 'unused',
          queue: { send: async () => undefined },
          clock: () => now,
          log: () => undefined,
          attempt: 1,
          isLastAttempt: false,
        },
      );
    await job(new Date(Date.now() + 30 * DAY));
    expect((await as(t.app, world.vendor.admin).get(tierOf(partner.id))).json().tier.key).toBe('gold');
    await job(new Date(Date.now() + 91 * DAY));
    const after = (await as(t.app, world.vendor.admin).get(tierOf(partner.id))).json();
    expect(after).toMatchObject({ tier: { key: 'registered' }, pendingDowngrade: null });
    expect(await historyOf(partner.id)).toEqual([
      { from_tier_key: null, to_tier_key: 'gold', reason: 'evaluation' },
      { from_tier_key: 'gold', to_tier_key: 'registered', reason: 'grace_expired' },
    ]);
    await drainEvents();
    for (const type of [
      'organisation.tier_downgrade_scheduled',
      'organisation.tier_downgrade_cancelled',
      'organisation.tier_changed',
    ]) {
      expect((await notificationsOf(partner.adminId, type)).length, type).toBeGreaterThan(0);
    }
    // A regional manager hears about partners in its regions (these are in EMEA), with a console link.
    const regional = await notificationsOf(
      world.vendor.regional_manager.userId,
      'organisation.tier_downgrade_scheduled',
    );
    expect(regional[0]?.link).toBe(`/console/partners/${partner.id}`);
  });

  it('leaves a locked manual tier alone, with the reason in the history', async () => {
    const partner = await newPartner([]);
    const channel = as(t.app, world.vendor.channel_manager);
    const set = await channel.put(tierOf(partner.id), {
      tier: 'gold',
      isLocked: true,
      reason: 'Strategic account',
    });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toMatchObject({ tier: { key: 'gold' }, isLocked: true });
    const evaluated = await channel.post('/api/v1/partner-tier-evaluations');
    expect(
      evaluated.json().changes.map((change: { organisationId: string }) => change.organisationId),
    ).not.toContain(partner.id);
    expect((await channel.get(tierOf(partner.id))).json()).toMatchObject({
      tier: { key: 'gold' },
      pendingDowngrade: null,
    });
    const history = await as(t.app, world.vendor.analyst).get(`${tierOf(partner.id)}-changes`);
    expect(history.json().data).toEqual([
      expect.objectContaining({
        fromTier: null,
        toTier: 'gold',
        reason: 'manual',
        note: 'Strategic account',
      }),
    ]);
    // Unlocked, the next evaluation moves it to what it qualifies for (after the grace period).
    await channel.put(tierOf(partner.id), { tier: 'gold', isLocked: false, reason: 'Back to the rules' });
    expect((await evaluate(partner.id)).json().pendingDowngrade.tier.key).toBe('registered');
  });

  it('shows a partner its tier, benefits and progress towards the next one, and nobody else’s', async () => {
    const partner = world.partnerA;
    await setCertifications(partner.id, ['A']);
    await evaluate(partner.id);
    const own = await as(t.app, partner.users.partner_sales).get(tierOf(partner.id));
    expect(own.statusCode).toBe(200);
    expect(own.json()).toMatchObject({
      tier: { key: 'silver', discountPercent: 10 },
      nextTier: {
        tier: { key: 'gold' },
        rules: [
          { metric: 'certifications', minimum: 2, actual: 1, isMet: false },
          { metric: 'active_users', minimum: 3, actual: 4, isMet: true },
        ],
      },
    });
    expect((await as(t.app, partner.users.partner_admin).get(tierOf(world.partnerB.id))).statusCode).toBe(
      404,
    );
    expect(
      (await as(t.app, partner.users.partner_admin).get(`${tierOf(world.partnerB.id)}-changes`)).statusCode,
    ).toBe(404);
    expect(
      (
        await as(t.app, partner.users.partner_admin).put(tierOf(partner.id), {
          tier: 'gold',
          isLocked: true,
          reason: 'x',
        })
      ).statusCode,
    ).toBe(403);
  });

  it('keeps the grace period a workspace setting', async () => {
    const channel = as(t.app, world.vendor.channel_manager);
    expect((await channel.get('/api/v1/partner-tier-settings')).json()).toMatchObject({
      downgradeGraceDays: 90,
    });
    const changed = await channel.patch('/api/v1/partner-tier-settings', { downgradeGraceDays: 30 });
    expect(changed.json()).toMatchObject({ downgradeGraceDays: 30 });
    expect(
      (await as(t.app, other.vendor.admin).get('/api/v1/partner-tier-settings')).json().downgradeGraceDays,
    ).toBe(90);
    const invalid = await channel.patch('/api/v1/partner-tier-settings', { downgradeGraceDays: -1 });
    expect(invalid.json().errors[0].field).toBe('body.downgradeGraceDays');
  });
});
