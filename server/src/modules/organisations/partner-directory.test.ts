import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestWorkspace, type TestWorkspace } from '../../../test/factories.ts';
import { insertPartnerTier } from '../../../test/fixtures.ts';
import { createTestApp, ownerQuery, type TestApp } from '../../../test/harness.ts';

let t: TestApp;
let world: TestWorkspace;
let other: TestWorkspace;

beforeAll(async () => {
  t = await createTestApp();
  world = await createTestWorkspace(t.database.db);
  other = await createTestWorkspace(t.database.db, 'Globex');
  for (const key of ['silver', 'gold', 'platinum'])
    await insertPartnerTier(t.database.db, world.workspaceId, { key });
});
afterAll(() => t.close());

const ORGS = '/api/v1/organisations';
const ids = (body: { data: { id: string }[] }) => body.data.map((row) => row.id);

describe('partner profiles', () => {
  it('lets organisation managers edit the profile, audited, with the manager named in the answer', async () => {
    const channel = world.vendor.channel_manager;
    const response = await as(t.app, channel).patch(`${ORGS}/${world.partnerA.id}`, {
      legalName: 'Northwind Systems GmbH',
      partnerTypes: ['reseller', 'msp', 'reseller'],
      tier: 'gold',
      industries: [' Manufacturing ', 'Retail'],
      certifications: ['ISO 27001'],
      capacity: 12,
      lifecycleStage: 'onboarding',
      partnerManagerId: channel.userId,
      street: 'Hauptstraße 1',
      city: 'Berlin',
      postalCode: '10115',
      stateProvince: 'Berlin',
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      partnerTypes: ['reseller', 'msp'],
      industries: ['Manufacturing', 'Retail'],
      tier: 'gold',
      lifecycleStage: 'onboarding',
      partnerManager: { id: channel.userId, email: channel.email },
    });
    const audit = await ownerQuery<{ action: string }>(
      t.ownerUrl,
      'SELECT action FROM audit_events WHERE entity_id = $1 ORDER BY sequence',
      [world.partnerA.id],
    );
    expect(audit.map((row) => row.action)).toEqual(
      expect.arrayContaining(['organisation.updated', 'organisation.tier_changed']),
    );

    // The partner sees who looks after it, though it cannot list vendor staff.
    const own = await as(t.app, world.partnerA.users.partner_sales).get(`${ORGS}/${world.partnerA.id}`);
    expect(own.json().partnerManager).toMatchObject({ id: channel.userId, name: expect.any(String) });
    const listed = await as(t.app, world.partnerA.users.partner_sales).get(ORGS);
    const ownInList = listed.json().data.find((org: { id: string }) => org.id === world.partnerA.id);
    expect(ownInList.partnerManager).toEqual({
      id: channel.userId,
      name: expect.any(String),
      email: channel.email,
    });
  });

  it('refuses a partner manager who is not active vendor staff with a managing role', async () => {
    const url = `${ORGS}/${world.partnerB.id}`;
    const admin = as(t.app, world.vendor.admin);
    for (const candidate of [
      world.vendor.finance.userId,
      world.partnerB.users.partner_admin.userId,
      other.vendor.channel_manager.userId,
      'user_00000000000000000000000000',
    ]) {
      const response = await admin.patch(url, { partnerManagerId: candidate });
      expect(response.statusCode, candidate).toBe(422);
      expect(response.json().errors).toEqual([
        { field: 'body.partnerManagerId', message: expect.any(String) },
      ]);
    }
    expect(
      (await admin.patch(url, { partnerManagerId: world.vendor.regional_manager.userId })).statusCode,
    ).toBe(200);
  });

  it('validates the profile fields and keeps the vendor profile-free', async () => {
    const admin = as(t.app, world.vendor.admin);
    const url = `${ORGS}/${world.partnerB.id}`;
    for (const [body, field] of [
      [{ partnerTypes: ['wizard'] }, 'body.partnerTypes.0'],
      [{ capacity: -1 }, 'body.capacity'],
      [{ tier: 'Gold Tier!' }, 'body.tier'],
      [{ industries: ['   '] }, 'body.industries.0'],
      [{ industries: ['x'.repeat(61)] }, 'body.industries.0'],
    ] as const) {
      const response = await admin.patch(url, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json().errors.map((error: { field: string }) => error.field)).toContain(field);
    }
    const unknown = await admin.patch(url, { tier: 'diamond' });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().errors).toEqual([{ field: 'body.tier', message: expect.any(String) }]);
    const vendor = await admin.patch(`${ORGS}/${world.vendorOrganisationId}`, { tier: 'gold' });
    expect(vendor.statusCode).toBe(422);
    expect(vendor.json().errors[0].field).toBe('body.tier');
    expect((await admin.get(`${ORGS}/${world.vendorOrganisationId}`)).json()).toMatchObject({
      tier: null,
      lifecycleStage: null,
      partnerTypes: [],
    });
  });

  it('keeps partners and the regional manager from editing profiles outside their reach', async () => {
    const partner = await as(t.app, world.partnerA.users.partner_admin).patch(
      `${ORGS}/${world.partnerA.id}`,
      {
        tier: 'platinum',
      },
    );
    expect(partner.statusCode).toBe(403);
    const regional = await as(t.app, world.vendor.regional_manager).patch(`${ORGS}/${world.partnerB.id}`, {
      tier: 'platinum',
    });
    expect(regional.statusCode).toBe(404);
  });
});

describe('directory filters and search', () => {
  let reseller: string;
  let isv: string;

  beforeAll(async () => {
    const admin = as(t.app, world.vendor.admin);
    const create = async (name: string, websiteDomain: string, profile: Record<string, unknown>) => {
      const created = await admin.post(ORGS, { name, websiteDomain, region: 'apac', country: 'JP' });
      const id = created.json().id as string;
      const updated = await admin.patch(`${ORGS}/${id}`, profile);
      expect(updated.statusCode, updated.body).toBe(200);
      return id;
    };
    reseller = await create('Fabrikam Retail', 'fabrikam.example', {
      legalName: 'Fabrikam Holdings KK',
      partnerTypes: ['reseller'],
      tier: 'silver',
      industries: ['Retail'],
      partnerManagerId: world.vendor.channel_manager.userId,
    });
    isv = await create('Tailspin Apps', 'tailspin.example', {
      partnerTypes: ['isv', 'referral'],
      tier: 'gold',
      industries: ['Healthcare'],
      lifecycleStage: 'onboarding',
    });
  });

  it.each([
    ['partnerType=isv', () => [isv], () => [reseller]],
    ['tier=silver', () => [reseller], () => [isv]],
    ['industry=retail', () => [reseller], () => [isv]],
    ['lifecycleStage=onboarding&region=apac', () => [isv], () => [reseller]],
    ['country=JP&partnerType=reseller', () => [reseller], () => [isv]],
    ['q=Holdings', () => [reseller], () => [isv]],
    ['q=tailspin.example', () => [isv], () => [reseller]],
    ['q=Fabrikm', () => [reseller], () => [isv]],
  ])('filters by %s', async (query, included, excluded) => {
    const response = await as(t.app, world.vendor.admin).get(`${ORGS}?${query}`);
    expect(response.statusCode, response.body).toBe(200);
    const found = ids(response.json());
    for (const id of included()) expect(found).toContain(id);
    for (const id of excluded()) expect(found).not.toContain(id);
  });

  it('filters by partner manager', async () => {
    const response = await as(t.app, world.vendor.admin).get(
      `${ORGS}?partnerManagerId=${world.vendor.channel_manager.userId}`,
    );
    expect(ids(response.json())).toContain(reseller);
    expect(ids(response.json())).not.toContain(isv);
  });

  it('names a malformed filter', async () => {
    const response = await as(t.app, world.vendor.admin).get(`${ORGS}?partnerType=wizard`);
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toBe('query.partnerType');
  });
});

describe('CSV export', () => {
  it('streams the filtered partners with a header row, defusing formulas', async () => {
    const admin = as(t.app, world.vendor.admin);
    const created = await admin.post(ORGS, { name: '=HYPERLINK("evil")', region: 'latam' });
    expect(created.statusCode).toBe(201);
    const response = await admin.get(`${ORGS}/export?region=latam`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    expect(response.headers['content-disposition']).toContain('partners.csv');
    const lines = response.body.trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^id,name,legal_name,partner_types,tier/);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`"'=HYPERLINK(""evil"")"`);

    const all = await admin.get(`${ORGS}/export`);
    expect(all.body).toContain(world.partnerA.name);
    expect(all.body).not.toContain(other.partnerA.name);
    expect(all.body).not.toContain(`${world.vendorOrganisationId},`);
  });

  it('gives the regional manager its regions only and refuses partners', async () => {
    const regional = await as(t.app, world.vendor.regional_manager).get(`${ORGS}/export`);
    expect(regional.statusCode).toBe(200);
    expect(regional.body).toContain(world.partnerA.id);
    expect(regional.body).not.toContain(world.partnerB.id);
    const partner = await as(t.app, world.partnerA.users.partner_admin).get(`${ORGS}/export`);
    expect(partner.statusCode).toBe(403);
    expect(partner.headers['content-type']).toMatch(/problem\+json/);
  });
});

describe('partner regions', () => {
  it('lists the regions of the partners each caller can see, with how many partners each', async () => {
    const regions = await createTestWorkspace(t.database.db, 'Regions');
    for (const [name, region] of [
      ['Wernham Hogg Solutions', regions.partnerA.region],
      ['Dunder Mifflin Oceania', 'oceania'],
    ] as const) {
      const added = await as(t.app, regions.vendor.channel_manager).post(ORGS, { name, region });
      expect(added.statusCode, added.body).toBe(201);
    }
    const listed = async (principal: (typeof regions.vendor)['admin']) => {
      const response = await as(t.app, principal).get('/api/v1/partner-regions');
      expect(response.statusCode).toBe(200);
      return response.json().data;
    };

    expect(await listed(regions.vendor.channel_manager)).toEqual(
      [
        { code: regions.partnerA.region, partners: 2 },
        { code: regions.partnerB.region, partners: 1 },
        { code: 'oceania', partners: 1 },
      ].sort((a, b) => a.code.localeCompare(b.code)),
    );
    // The regional manager covers partner A's region only; a partner sees its own.
    expect(await listed(regions.vendor.regional_manager)).toEqual([
      { code: regions.partnerA.region, partners: 2 },
    ]);
    expect(await listed(regions.partnerB.users.partner_sales)).toEqual([
      { code: regions.partnerB.region, partners: 1 },
    ]);
    // Another vendor's partners are not counted, nor their regions named.
    const elsewhere = await listed(world.vendor.channel_manager);
    expect(elsewhere.map((row: { code: string }) => row.code)).not.toContain('oceania');
  });
});
