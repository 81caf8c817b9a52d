import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestWorkspace, type TestWorkspace } from '../../../test/factories.ts';
import { insertPartnerBeside } from '../../../test/fixtures.ts';
import { createTestApp, ownerQuery, type TestApp } from '../../../test/harness.ts';

let t: TestApp;
let world: TestWorkspace;
const DEALS = '/api/v1/deal-registrations';

beforeAll(async () => {
  t = await createTestApp();
  world = await createTestWorkspace(t.database.db);
}, 60_000);
afterAll(() => t.close());

async function register() {
  const response = await as(t.app, world.partnerA.users.partner_admin).post(DEALS, {
    customerName: 'Pied Piper Inc.',
    customerWebsite: 'piedpiper.com',
    country: 'US',
    amount: 300_000,
    currency: 'USD',
    expectedCloseDate: '2027-12-31',
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; reference: string };
}

describe('sharing a deal between partners', () => {
  it('starts with the registering partner at 100% and takes a split that adds up to exactly 100', async () => {
    const deal = await register();
    const channel = as(t.app, world.vendor.channel_manager);
    const before = (await channel.get(`${DEALS}/${deal.id}`)).json();
    expect(before.partners).toEqual([
      expect.objectContaining({ organisationId: world.partnerA.id, role: 'sourcing', creditPercent: 100 }),
    ]);

    const line = (organisationId: string, role: string, creditPercent: number) => ({
      organisationId,
      role,
      creditPercent,
    });
    const cases = [
      { partners: [line(world.partnerB.id, 'sourcing', 100)], problem: 'registering partner' },
      {
        partners: [line(world.partnerA.id, 'sourcing', 60), line(world.partnerB.id, 'fulfilling', 39.99)],
        problem: '99.99%',
      },
      {
        partners: [line(world.partnerA.id, 'sourcing', 50), line(world.partnerA.id, 'si', 50)],
        problem: 'once',
      },
      {
        partners: [line(world.partnerA.id, 'sourcing', 50), line(world.vendorOrganisationId, 'si', 50)],
        problem: 'partner organisation',
      },
    ];
    for (const { partners, problem } of cases) {
      const response = await channel.put(`${DEALS}/${deal.id}/partners`, { partners });
      expect(response.statusCode, JSON.stringify(partners)).toBe(422);
      expect(response.json().errors?.[0]?.field ?? response.body).toContain('body.partners');
      expect(response.body).toContain(problem);
    }
    const threeDecimals = await channel.put(`${DEALS}/${deal.id}/partners`, {
      partners: [line(world.partnerA.id, 'sourcing', 33.333), line(world.partnerB.id, 'si', 66.667)],
    });
    expect(threeDecimals.statusCode).toBe(400);

    // A split made on a stale page is refused and changes nothing; on the current one it is saved.
    const split = {
      partners: [line(world.partnerA.id, 'sourcing', 60.5), line(world.partnerB.id, 'fulfilling', 39.5)],
    };
    const stale = await channel.put(`${DEALS}/${deal.id}/partners`, split, {
      headers: { 'if-match': `"${before.version - 1}"` },
    });
    expect(stale.statusCode).toBe(412);
    expect(stale.json().errors[0].field).toBe('header.if-match');
    expect((await channel.get(`${DEALS}/${deal.id}`)).json().partners).toHaveLength(1);
    const saved = await channel.put(`${DEALS}/${deal.id}/partners`, split, {
      headers: { 'if-match': `"${before.version}"` },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.headers.etag).toBe(`"${before.version + 1}"`);
    expect(saved.json().partners).toEqual([
      expect.objectContaining({
        partnerName: world.partnerA.name,
        creditPercent: 60.5,
        isRegisteringPartner: true,
      }),
      expect.objectContaining({ partnerName: world.partnerB.name, creditPercent: 39.5, role: 'fulfilling' }),
    ]);

    // The registering partner sees its own line and that one other partner shares the deal.
    const registering = await as(t.app, world.partnerA.users.partner_sales).get(`${DEALS}/${deal.id}`);
    expect(registering.json()).toMatchObject({
      partners: [{ organisationId: world.partnerA.id, creditPercent: 60.5 }],
      otherPartnerCount: 1,
    });
    expect(registering.body).not.toContain(world.partnerB.name);
    expect(registering.body).not.toContain(world.partnerB.id);

    // The co-selling partner sees its credit line, not the deal's amount or who registered it.
    const credits = await as(t.app, world.partnerB.users.partner_admin).get('/api/v1/deal-credits');
    expect(credits.statusCode).toBe(200);
    expect(credits.json().data).toEqual([
      expect.objectContaining({
        registrationId: deal.id,
        reference: deal.reference,
        customerName: 'Pied Piper Inc.',
        role: 'fulfilling',
        creditPercent: 39.5,
        isRegisteringPartner: false,
      }),
    ]);
    expect(credits.body).not.toContain(world.partnerA.name);
    expect(credits.body).not.toContain('300000');
    // The registration itself stays the registering partner's.
    expect((await as(t.app, world.partnerB.users.partner_admin).get(`${DEALS}/${deal.id}`)).statusCode).toBe(
      404,
    );

    const event = await ownerQuery<{ after: Record<string, unknown> }>(
      t.ownerUrl,
      "SELECT after FROM audit_events WHERE entity_id = $1 AND action = 'deal_registration.partners_updated'",
      [deal.id],
    );
    expect(event[0]?.after).toMatchObject({ partnerCount: 2, registeringPartnerCreditPercent: 60.5 });
    expect(JSON.stringify(event)).not.toContain(world.partnerB.id);
  });

  it('is vendor staff’s to set, and only for real partners of this workspace', async () => {
    const deal = await register();
    const body = { partners: [{ organisationId: world.partnerA.id, role: 'sourcing', creditPercent: 100 }] };
    expect(
      (await as(t.app, world.partnerA.users.partner_admin).put(`${DEALS}/${deal.id}/partners`, body))
        .statusCode,
    ).toBe(403);
    expect(
      (await as(t.app, world.vendor.regional_manager).put(`${DEALS}/${deal.id}/partners`, body)).statusCode,
    ).toBe(403);
    const elsewhere = await createTestWorkspace(t.database.db, 'Elsewhere');
    const foreign = await as(t.app, world.vendor.channel_manager).put(`${DEALS}/${deal.id}/partners`, {
      partners: [
        { organisationId: world.partnerA.id, role: 'sourcing', creditPercent: 50 },
        { organisationId: elsewhere.partnerA.id, role: 'isv', creditPercent: 50 },
      ],
    });
    expect(foreign.statusCode).toBe(422);
    expect(foreign.body).not.toContain(elsewhere.partnerA.name);
    const neighbour = await insertPartnerBeside(t.database.db, {
      workspaceId: world.workspaceId,
      organisationId: world.partnerA.id,
    });
    const three = await as(t.app, world.vendor.admin).put(`${DEALS}/${deal.id}/partners`, {
      partners: [
        { organisationId: world.partnerA.id, role: 'sourcing', creditPercent: 33.34 },
        { organisationId: world.partnerB.id, role: 'influencing', creditPercent: 33.33 },
        { organisationId: neighbour, role: 'isv', creditPercent: 33.33 },
      ],
    });
    expect(three.statusCode, three.body).toBe(200);
    expect(three.json().otherPartnerCount).toBe(2);
  });
});
