import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestWorkspace, type TestWorkspace } from '../../../test/factories.ts';
import { createTestApp, ownerQuery, type TestApp } from '../../../test/harness.ts';
import { HEALTH_WEIGHTS, healthScore } from './health-score.ts';

const API = '/api/v1';

describe('health score', () => {
  const engaged = { activeUsers: 4, usersSignedInRecently: 4, onboarding: null, daysSinceLastActivity: 1 };

  it.each([
    ['everyone signed in, active today, never onboarded', engaged, 100],
    [
      'nobody signed in, nothing for 90 days',
      { ...engaged, usersSignedInRecently: 0, daysSinceLastActivity: 120 },
      0,
    ],
    ['no people at all, never active', { ...engaged, activeUsers: 0, daysSinceLastActivity: null }, 0],
    [
      'half signed in, onboarding half done, active today',
      { ...engaged, usersSignedInRecently: 2, onboarding: { completedSteps: 1, totalSteps: 2 } },
      60,
    ],
    [
      'all signed in, onboarding not started, 48.5 days quiet',
      { ...engaged, onboarding: { completedSteps: 0, totalSteps: 4 }, daysSinceLastActivity: 48.5 },
      57,
    ],
  ])('%s (%j) scores %d', (_label, metrics, expected) => {
    expect(healthScore(metrics).score).toBe(expected);
  });

  it('leaves deals out (not available yet) and shares their weight among the rest', () => {
    const { components, band } = healthScore(engaged);
    expect(components.find((component) => component.key === 'deals')).toEqual({
      key: 'deals',
      weight: HEALTH_WEIGHTS.deals,
      value: null,
    });
    expect(components.find((component) => component.key === 'onboarding')?.value).toBeNull();
    expect(band).toBe('healthy');
    expect(healthScore({ ...engaged, usersSignedInRecently: 1, daysSinceLastActivity: 60 }).band).toBe(
      'critical',
    );
  });
});

describe('partner health API', () => {
  let t: TestApp;
  let world: TestWorkspace;
  let other: TestWorkspace;

  beforeAll(async () => {
    t = await createTestApp();
    world = await createTestWorkspace(t.database.db);
    other = await createTestWorkspace(t.database.db, 'Globex');
  });
  afterAll(() => t.close());

  it('scores a page of partners from their sign-ins, onboarding and activity', async () => {
    const now = t.clock.now();
    // Northwind: one of its four people signed in this month; Contoso: everyone, long ago.
    await ownerQuery(t.ownerUrl, 'UPDATE users SET last_login_at = NULL WHERE organisation_id = ANY($1)', [
      [world.partnerA.id, world.partnerB.id],
    ]);
    await ownerQuery(t.ownerUrl, 'UPDATE users SET last_login_at = $2 WHERE id = $1', [
      world.partnerA.users.partner_admin.userId,
      new Date(now.getTime() - 3 * 86_400_000),
    ]);
    await ownerQuery(t.ownerUrl, 'UPDATE users SET last_login_at = $2 WHERE organisation_id = $1', [
      world.partnerB.id,
      new Date(now.getTime() - 45 * 86_400_000),
    ]);
    const journey = await as(t.app, world.vendor.admin).post(`${API}/onboarding-journeys`, {
      name: 'Health journey',
      steps: [
        { title: 'One', kind: 'custom' },
        { title: 'Two', kind: 'custom' },
      ],
    });
    const enrolment = await as(t.app, world.vendor.admin).post(`${API}/onboarding-enrolments`, {
      organisationId: world.partnerA.id,
      journeyId: journey.json().id,
    });
    await as(t.app, world.partnerA.users.partner_admin).post(
      `${API}/onboarding-steps/${enrolment.json().steps[0].id}/complete`,
    );

    const response = await as(t.app, world.vendor.sales_rep).get(
      `${API}/partner-health?organisationId=${world.partnerA.id}&organisationId=${world.partnerB.id}&organisationId=${other.partnerA.id}&organisationId=${world.vendorOrganisationId}`,
    );
    expect(response.statusCode, response.body).toBe(200);
    const [northwind, contoso, ...rest] = response.json().data;
    expect(rest).toEqual([]); // another workspace's partner and the vendor itself have no score here
    expect(northwind).toMatchObject({
      organisationId: world.partnerA.id,
      metrics: {
        activeUsers: 4,
        usersSignedInRecently: 1,
        onboardingCompletedSteps: 1,
        onboardingTotalSteps: 2,
        daysSinceLastActivity: 0,
      },
    });
    // logins 35×0.25 + onboarding 25×0.5 + recency 15×1, over 75 (deals left out).
    expect(northwind.score).toBe(Math.round((100 * (35 * 0.25 + 25 * 0.5 + 15)) / 75));
    expect(contoso.metrics).toMatchObject({ usersSignedInRecently: 0, onboardingTotalSteps: null });

    const single = await as(t.app, world.vendor.analyst).get(
      `${API}/organisations/${world.partnerA.id}/health`,
    );
    expect(single.json()).toEqual(northwind);
  });

  it('is the vendor’s view: partners and other workspaces do not read it, regional managers only their region', async () => {
    const own = await as(t.app, world.partnerA.users.partner_admin).get(
      `${API}/organisations/${world.partnerA.id}/health`,
    );
    expect(own.statusCode).toBe(403);
    const regional = await as(t.app, world.vendor.regional_manager).get(
      `${API}/organisations/${world.partnerB.id}/health`,
    );
    expect(regional.statusCode).toBe(404);
    const elsewhere = await as(t.app, other.vendor.admin).get(
      `${API}/organisations/${world.partnerA.id}/health`,
    );
    expect(elsewhere.statusCode).toBe(404);
    const tooMany = await as(t.app, world.vendor.admin).get(
      `${API}/partner-health?${Array.from({ length: 201 }, () => `organisationId=${world.partnerA.id}`).join('&')}`,
    );
    expect(tooMany.statusCode).toBe(400);
  });
});
