import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestWorkspace, TEST_PASSWORD, type TestWorkspace } from '../../../test/factories.ts';
import { insertInvitation, insertPartnerContact, insertWebhookEndpoint } from '../../../test/fixtures.ts';
import { createTestApp, ownerQuery, type TestApp } from '../../../test/harness.ts';
import { dispatchPendingEvents } from '../events/dispatch-events.ts';
import { deliverEventsToWebhooks } from '../webhooks/index.ts';

let t: TestApp;
let world: TestWorkspace;
let other: TestWorkspace;
const ORGS = '/api/v1/organisations';

beforeAll(async () => {
  t = await createTestApp();
  world = await createTestWorkspace(t.database.db);
  other = await createTestWorkspace(t.database.db, 'Globex');
}, 60_000);
afterAll(() => t.close());

const drainWebhooks = async () => {
  const drain = () =>
    dispatchPendingEvents({
      db: t.database.db,
      config: t.config,
      subscribers: [deliverEventsToWebhooks],
      jobs: { send: async () => undefined },
      clock: () => new Date(),
      log: () => undefined,
    });
  while ((await drain()) > 0);
};

const deliveriesTo = async (endpointId: string) =>
  (
    await ownerQuery(t.ownerUrl, 'SELECT event_type FROM webhook_deliveries WHERE endpoint_id = $1', [
      endpointId,
    ])
  ).length;

describe('offboarding', () => {
  it('ends a partner’s access at once, keeps its data, and reactivation restores it', async () => {
    const partner = world.partnerA;
    const admin = partner.users.partner_admin;
    const place = { workspaceId: world.workspaceId, organisationId: partner.id };
    const created = await as(t.app, admin).post('/api/v1/api-keys', { name: 'ERP', scopes: ['users:read'] });
    expect(created.statusCode, created.body).toBe(201);
    const apiKey = created.json().secret as string;
    const withKey = () =>
      t.app.inject({ method: 'GET', url: '/api/v1/users', headers: { authorization: `Bearer ${apiKey}` } });
    expect((await withKey()).statusCode).toBe(200);
    const endpointId = await insertWebhookEndpoint(t.database.db, place);
    const invitationId = await insertInvitation(t.database.db, place, 'partner_sales');
    await insertPartnerContact(t.database.db, place);
    await drainWebhooks();
    const deliveredBefore = await deliveriesTo(endpointId);

    const channel = as(t.app, world.vendor.channel_manager);
    const missingReason = await channel.post(`${ORGS}/${partner.id}/offboarding`, { reason: ' ' });
    expect(missingReason.json().errors[0].field).toBe('body.reason');
    const offboarded = await channel.post(`${ORGS}/${partner.id}/offboarding`, { reason: 'Contract ended' });
    expect(offboarded.statusCode, offboarded.body).toBe(200);
    expect(offboarded.json()).toMatchObject({ status: 'inactive' });

    // The very next request of an open session or an API key is refused.
    expect((await as(t.app, admin).get('/api/v1/me')).statusCode).toBe(401);
    expect((await as(t.app, partner.users.partner_sales).get(`${ORGS}/${partner.id}`)).statusCode).toBe(401);
    expect((await withKey()).statusCode).toBe(401);
    const signIn = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: admin.email, password: TEST_PASSWORD },
    });
    expect(signIn.statusCode).toBe(403);
    expect(signIn.json()).toMatchObject({ code: 'account_deactivated' });
    const [invitation] = await ownerQuery<{ revoked_at: Date | null }>(
      t.ownerUrl,
      'SELECT revoked_at FROM invitations WHERE id = $1',
      [invitationId],
    );
    expect(invitation?.revoked_at).not.toBeNull();

    // Its webhooks hear nothing, not even of the offboarding itself.
    await channel.patch(`${ORGS}/${partner.id}`, { capacity: 3 });
    await drainWebhooks();
    expect(await deliveriesTo(endpointId)).toBe(deliveredBefore);

    // The vendor still reads everything the partner left.
    expect((await channel.get(`${ORGS}/${partner.id}`)).json()).toMatchObject({ status: 'inactive' });
    expect((await channel.get(`${ORGS}/${partner.id}/contacts`)).json().data.length).toBeGreaterThan(0);
    expect(
      (await channel.get(`${ORGS}?status=inactive`)).json().data.map((row: { id: string }) => row.id),
    ).toContain(partner.id);
    const audit = await ownerQuery<{ after: { reason: string } }>(
      t.ownerUrl,
      "SELECT after FROM audit_events WHERE action = 'organisation.offboarded' AND entity_id = $1",
      [partner.id],
    );
    expect(audit[0]?.after.reason).toBe('Contract ended');
    expect((await channel.post(`${ORGS}/${partner.id}/offboarding`, { reason: 'again' })).statusCode).toBe(
      409,
    );

    const reactivated = await channel.post(`${ORGS}/${partner.id}/reactivation`, {});
    expect(reactivated.json()).toMatchObject({ status: 'active' });
    expect((await withKey()).statusCode).toBe(200);
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: admin.email, password: TEST_PASSWORD },
    });
    expect(again.statusCode).toBe(200);
    await channel.patch(`${ORGS}/${partner.id}`, { capacity: 4 });
    await drainWebhooks();
    expect(await deliveriesTo(endpointId)).toBeGreaterThan(deliveredBefore);
  });

  it('lets only organisation managers offboard, within their reach, and never the vendor', async () => {
    const target = world.partnerB.id;
    expect(
      (
        await as(t.app, world.partnerB.users.partner_admin).post(`${ORGS}/${target}/offboarding`, {
          reason: 'x',
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (await as(t.app, world.vendor.regional_manager).post(`${ORGS}/${target}/offboarding`, { reason: 'x' }))
        .statusCode,
    ).toBe(404);
    expect(
      (await as(t.app, other.vendor.admin).post(`${ORGS}/${target}/offboarding`, { reason: 'x' })).statusCode,
    ).toBe(404);
    const vendor = await as(t.app, world.vendor.admin).post(
      `${ORGS}/${world.vendorOrganisationId}/offboarding`,
      {
        reason: 'x',
      },
    );
    expect(vendor.statusCode).toBe(422);
  });
});

describe('partner self-edit', () => {
  it('lets a partner admin edit its public profile, and names the fields the vendor keeps', async () => {
    const admin = as(t.app, world.partnerB.users.partner_admin);
    const url = `${ORGS}/${world.partnerB.id}`;
    const edited = await admin.patch(url, {
      name: 'Contoso Consulting Group',
      websiteDomain: 'contoso.example',
      city: 'Seattle',
      industries: ['Healthcare'],
      capacity: 25,
      certifications: ['Acme Certified Consultant'],
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ name: 'Contoso Consulting Group', city: 'Seattle', capacity: 25 });
    for (const field of ['tier', 'partnerManagerId', 'region', 'partnerTypes', 'lifecycleStage']) {
      const body = {
        tier: 'gold',
        partnerManagerId: world.vendor.channel_manager.userId,
        region: 'emea',
        partnerTypes: ['isv'],
        lifecycleStage: 'active',
      }[field];
      const refused = await admin.patch(url, { city: 'Portland', [field]: body });
      expect(refused.statusCode, field).toBe(403);
      expect(refused.json().errors).toEqual([{ field: `body.${field}`, message: expect.any(String) }]);
    }
    expect((await admin.get(url)).json().city).toBe('Seattle');
  });

  it('keeps partners to their own profile and partner staff without the right out', async () => {
    const other = await as(t.app, world.partnerB.users.partner_admin).patch(`${ORGS}/${world.partnerA.id}`, {
      city: 'Nowhere',
    });
    expect(other.statusCode).toBe(404);
    const vendorRecord = await as(t.app, world.partnerB.users.partner_admin).patch(
      `${ORGS}/${world.vendorOrganisationId}`,
      { city: 'Nowhere' },
    );
    expect(vendorRecord.statusCode).toBe(404);
    const sales = await as(t.app, world.partnerB.users.partner_sales).patch(`${ORGS}/${world.partnerB.id}`, {
      city: 'Nowhere',
    });
    expect(sales.statusCode).toBe(403);
  });
});
