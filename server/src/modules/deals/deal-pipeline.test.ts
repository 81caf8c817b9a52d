import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestWorkspace, type Principal, type TestWorkspace } from '../../../test/factories.ts';
import { createTestApp, ownerQuery, type TestApp } from '../../../test/harness.ts';

let t: TestApp;
let world: TestWorkspace;
const DEALS = '/api/v1/deal-registrations';
const PIPELINE = '/api/v1/deal-pipeline';

let serial = 0;
async function register(principal: Principal, overrides: Record<string, unknown> = {}) {
  serial += 1;
  const response = await as(t.app, principal).post(DEALS, {
    customerName: `Hooli ${serial} AG`,
    customerWebsite: `https://www.hooli-${serial}.com`,
    country: 'CH',
    amount: 10_000,
    currency: 'EUR',
    expectedCloseDate: '2027-09-30',
    ...overrides,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; reference: string };
}

/** Stands in for an approver (another slice's verb). */
const approve = (id: string) =>
  ownerQuery(
    t.ownerUrl,
    `UPDATE deal_registrations SET status = 'approved', approval_level = NULL, approval_due_at = NULL,
       decided_at = registered_at + interval '2 days' WHERE id = $1`,
    [id],
  );

beforeAll(async () => {
  t = await createTestApp();
  world = await createTestWorkspace(t.database.db);
}, 60_000);
afterAll(() => t.close());

describe('moving a deal along the pipeline', () => {
  it('keeps an unapproved registration at registered, then moves it, records history and closes it for good', async () => {
    const partner = world.partnerA.users.partner_sales;
    const deal = await register(partner);
    const early = await as(t.app, partner).post(`${DEALS}/${deal.id}/stage`, { stage: 'qualified' });
    expect(early.statusCode).toBe(409);
    expect(early.json().detail).toContain('approved');

    await approve(deal.id);
    const qualified = await as(t.app, partner).post(`${DEALS}/${deal.id}/stage`, { stage: 'qualified' });
    expect(qualified.statusCode, qualified.body).toBe(200);
    expect(qualified.json()).toMatchObject({ stage: 'qualified', closedAt: null });

    // Vendor approvers move deals too; the amount is updated with the move. A move made on a page
    // loaded before the partner's own move is refused.
    const move = { stage: 'proposal', amount: 12_500.5 };
    const manager = as(t.app, world.vendor.regional_manager);
    const stale = await manager.post(`${DEALS}/${deal.id}/stage`, move, {
      headers: { 'if-match': `"${qualified.json().version - 1}"` },
    });
    expect(stale.statusCode).toBe(412);
    const proposal = await manager.post(`${DEALS}/${deal.id}/stage`, move, {
      headers: { 'if-match': qualified.headers.etag as string },
    });
    expect(proposal.statusCode, proposal.body).toBe(200);
    expect(proposal.json().amount).toBe(12_500.5);

    const lostWithoutReason = await as(t.app, partner).post(`${DEALS}/${deal.id}/stage`, { stage: 'lost' });
    expect(lostWithoutReason.statusCode).toBe(422);
    expect(lostWithoutReason.body).toContain('body.lostReason');

    t.clock.advance(60 * 60 * 1000);
    const lost = await as(t.app, partner).post(`${DEALS}/${deal.id}/stage`, {
      stage: 'lost',
      lostReason: 'Customer chose a competitor.',
    });
    expect(lost.statusCode, lost.body).toBe(200);
    const body = lost.json();
    expect(body.closedAt).toBe(t.clock.now().toISOString());
    expect(body.stageHistory.map((change: { toStage: string }) => change.toStage)).toEqual([
      'registered',
      'qualified',
      'proposal',
      'lost',
    ]);
    expect(body.stageHistory.at(-1)).toMatchObject({ lostReason: 'Customer chose a competitor.' });
    expect(body.lastActivityAt).toBe(t.clock.now().toISOString());

    const reopened = await as(t.app, partner).post(`${DEALS}/${deal.id}/stage`, { stage: 'negotiation' });
    expect(reopened.statusCode).toBe(409);

    const events = await ownerQuery<{ action: string }>(
      t.ownerUrl,
      "SELECT action FROM audit_events WHERE entity_id = $1 AND action LIKE 'deal_registration.%' ORDER BY sequence",
      [deal.id],
    );
    expect(events.map((event) => event.action)).toEqual([
      'deal_registration.created',
      'deal_registration.stage_changed',
      'deal_registration.stage_changed',
      'deal_registration.stage_changed',
      'deal_registration.lost',
    ]);
  });

  it('lets neither partner marketing nor another partner move a deal', async () => {
    const deal = await register(world.partnerA.users.partner_admin);
    await approve(deal.id);
    expect(
      (
        await as(t.app, world.partnerA.users.partner_marketing).post(`${DEALS}/${deal.id}/stage`, {
          stage: 'qualified',
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await as(t.app, world.partnerB.users.partner_admin).post(`${DEALS}/${deal.id}/stage`, {
          stage: 'qualified',
        })
      ).statusCode,
    ).toBe(404);
  });
});

describe('the pipeline', () => {
  it('shows amounts per currency, conversion and win rate; a partner sees only its own numbers', async () => {
    const fresh = await createTestWorkspace(t.database.db, 'Pipeline');
    const a = fresh.partnerA.users.partner_admin;
    const b = fresh.partnerB.users.partner_admin;
    const won = await register(a, { amount: 1000, currency: 'EUR' });
    const open = await register(a, { amount: 250, currency: 'USD' });
    await register(a, { amount: 40, currency: 'EUR' });
    const other = await register(b, { amount: 5000, currency: 'EUR' });
    for (const deal of [won, open, other]) await approve(deal.id);
    for (const stage of ['qualified', 'proposal', 'negotiation', 'won']) {
      expect((await as(t.app, a).post(`${DEALS}/${won.id}/stage`, { stage })).statusCode).toBe(200);
    }
    expect(
      (await as(t.app, b).post(`${DEALS}/${other.id}/stage`, { stage: 'lost', lostReason: 'No budget' }))
        .statusCode,
    ).toBe(200);

    const vendor = (await as(t.app, fresh.vendor.channel_manager).get(PIPELINE)).json();
    expect(vendor.stages.find((row: { stage: string }) => row.stage === 'registered')).toEqual({
      stage: 'registered',
      count: 2,
      amounts: [
        { currency: 'EUR', amount: 40 },
        { currency: 'USD', amount: 250 },
      ],
      // The programme has no rate for dollars yet: the total says what it leaves out.
      total: { currency: 'EUR', amount: 40, withoutRate: ['USD'] },
    });
    expect(vendor).toMatchObject({ won: 1, lost: 1, winRate: 0.5, medianDaysToApproval: 2 });
    expect(vendor.conversion[0]).toMatchObject({ fromStage: 'registered', reached: 4, advanced: 1 });
    expect(vendor.registrationsPerWeek.at(-1).count).toBe(4);

    const partnerView = (await as(t.app, a).get(PIPELINE)).json();
    expect(partnerView).toMatchObject({ won: 1, lost: 0, winRate: 1 });
    expect(JSON.stringify(partnerView)).not.toContain('5000');
    // Asking for another partner's numbers gives nothing of theirs.
    const peeking = (await as(t.app, a).get(`${PIPELINE}?organisationId=${fresh.partnerB.id}`)).json();
    expect(peeking.stages.every((row: { count: number }) => row.count === 0)).toBe(true);

    const manager = as(t.app, fresh.vendor.channel_manager);
    const { version: _version, ...settings } = (
      await manager.get('/api/v1/deal-registration-settings')
    ).json();
    const rated = await manager.put('/api/v1/deal-registration-settings', {
      ...settings,
      exchangeRates: { USD: 1.25 },
    });
    expect(rated.statusCode, rated.body).toBe(200);
    const weighed = (await manager.get(PIPELINE)).json();
    expect(weighed.stages.find((row: { stage: string }) => row.stage === 'registered').total).toEqual({
      currency: 'EUR',
      amount: 240,
      withoutRate: [],
    });

    const usdOnly = (await as(t.app, fresh.vendor.channel_manager).get(`${PIPELINE}?currency=USD`)).json();
    expect(usdOnly.stages.reduce((sum: number, row: { count: number }) => sum + row.count, 0)).toBe(1);
    const regional = (
      await as(t.app, fresh.vendor.channel_manager).get(`${PIPELINE}?region=north-america`)
    ).json();
    expect(regional).toMatchObject({ won: 0, lost: 1 });
    const bad = await as(t.app, fresh.vendor.channel_manager).get(`${PIPELINE}?from=yesterday`);
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('from');
  });
});
