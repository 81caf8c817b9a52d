import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestWorkspace, type Principal, type TestWorkspace } from '../../../test/factories.ts';
import { insertPartnerBeside, insertSession, insertUser } from '../../../test/fixtures.ts';
import { createTestApp, ownerQuery, type TestApp } from '../../../test/harness.ts';
import { type Ctx, withTransaction } from '../../platform/context.ts';
import { newId } from '../../platform/ids.ts';
import { customerAccounts, customerOpportunities } from '../customer-accounts/tables.ts';

let t: TestApp;
let world: TestWorkspace;
const API = '/api/v1';
const DEALS = `${API}/deal-registrations`;

let serial = 0;
function registration(overrides: Record<string, unknown> = {}) {
  serial += 1;
  return {
    customerName: `Initech ${serial} GmbH`,
    customerWebsite: `https://www.initech-${serial}.de/en`,
    country: 'DE',
    amount: 48_000,
    currency: 'EUR',
    expectedCloseDate: '2027-03-31',
    products: ['Platform'],
    ...overrides,
  };
}

async function insertAccount(
  workspaceId: string,
  values: {
    name: string;
    normalisedName: string;
    domains: string[];
    country: string;
    isDirectOnly?: boolean;
    ownerName?: string;
  },
  openOpportunities: number = 0,
) {
  const ctx: Ctx = { db: t.database.db, actor: { type: 'system', workspaceId, reason: 'test' } };
  const id = newId('customerAccount');
  await withTransaction(ctx, async (tx) => {
    await tx.insert(customerAccounts).values({ id, workspaceId, ...values });
    for (let index = 0; index < openOpportunities; index += 1) {
      await tx.insert(customerOpportunities).values({
        id: newId('customerOpportunity'),
        workspaceId,
        accountId: id,
        name: `Renewal ${index + 1}`,
        stage: 'proposal',
      });
    }
    // A closed opportunity does not count as open.
    if (openOpportunities > 0) {
      await tx.insert(customerOpportunities).values({
        id: newId('customerOpportunity'),
        workspaceId,
        accountId: id,
        name: 'Old deal',
        stage: 'closed_won',
        isOpen: false,
      });
    }
  });
  return id;
}

beforeAll(async () => {
  t = await createTestApp();
  world = await createTestWorkspace(t.database.db);
}, 60_000);
afterAll(() => t.close());

describe('registering a deal', () => {
  it('queues a clear registration for its first approval level with the SLA, and says where it stands', async () => {
    const response = await as(t.app, world.partnerA.users.partner_sales).post(DEALS, registration());
    expect(response.statusCode, response.body).toBe(201);
    const created = response.json();
    expect(created).toMatchObject({
      status: 'pending_approval',
      conflictOutcome: 'clear',
      isFirstIn: true,
      approvalLevel: 1,
      customerDomain: `initech-${serial}.de`,
      stage: 'registered',
      conflicts: [],
    });
    expect(created.reference).toMatch(/^DR-\d+$/);
    expect(Date.parse(created.approvalDueAt) - t.clock.now().getTime()).toBe(24 * 60 * 60 * 1000);
  });

  it('flags a second partner claiming the same customer, without telling it whose claim it hit', async () => {
    const first = registration({
      customerName: 'Umbrella Corporation',
      customerWebsite: 'umbrella-corp.com',
      amount: 91_234,
    });
    const earlier = await as(t.app, world.partnerA.users.partner_sales).post(DEALS, first);
    expect(earlier.statusCode, earlier.body).toBe(201);

    const later = await as(t.app, world.partnerB.users.partner_admin).post(DEALS, {
      ...registration(),
      customerName: 'UMBRELLA Corp.',
      contactEmail: 'alice@eu.umbrella-corp.com',
      customerWebsite: undefined,
    });
    expect(later.statusCode, later.body).toBe(201);
    const body = later.json();
    expect(body).toMatchObject({ conflictOutcome: 'conflict', isFirstIn: false, status: 'pending_approval' });
    expect(body.conflicts[0]).toMatchObject({ kind: 'registration', isBlocking: true, score: 1 });
    expect(body.conflicts[0].reason).toBe(
      'Another partner already has an active registration with the same web domain and the same company name, in the same country.',
    );
    // Nothing in what the second partner reads names the first partner, its deal or its amount.
    const seen =
      JSON.stringify(body) +
      (await as(t.app, world.partnerB.users.partner_admin).get(`${DEALS}/${body.id}`)).body;
    expect(seen).not.toContain(world.partnerA.name);
    expect(seen).not.toContain(earlier.json().id);
    expect(seen).not.toContain(earlier.json().reference);
    expect(seen).not.toContain('91234');

    // Vendor staff see the evidence side by side.
    const vendorView = await as(t.app, world.vendor.channel_manager).get(`${DEALS}/${body.id}`);
    expect(vendorView.json().conflicts[0]).toMatchObject({
      matchedRegistrationId: earlier.json().id,
      matchedName: 'Umbrella Corporation',
      matchedPartnerName: world.partnerA.name,
      matchedDomains: ['umbrella-corp.com'],
      matchedCountry: 'DE',
      matchedRegistration: {
        reference: earlier.json().reference,
        status: 'pending_approval',
        amount: 91_234,
        currency: 'EUR',
        registeredAt: earlier.json().registeredAt,
        partnerName: world.partnerA.name,
      },
      matchedAccount: null,
    });
    // The partner's own view carries none of the matched record's fields.
    const partnerView = (
      await as(t.app, world.partnerB.users.partner_admin).get(`${DEALS}/${body.id}`)
    ).json();
    for (const field of [
      'matchedRegistrationId',
      'matchedName',
      'matchedPartnerName',
      'matchedDomains',
      'matchedCountry',
      'matchedRegistration',
      'matchedAccount',
    ]) {
      expect(partnerView.conflicts[0]).not.toHaveProperty(field);
    }
  });

  it('refuses a customer the rules of engagement keep for direct sales, and says so', async () => {
    await insertAccount(
      world.workspaceId,
      {
        name: 'Cyberdyne Systems Inc.',
        normalisedName: 'cyberdyne systems',
        domains: ['cyberdyne.com'],
        country: 'US',
        isDirectOnly: true,
        ownerName: 'Miles Dyson',
      },
      1,
    );
    const response = await as(t.app, world.partnerB.users.partner_sales).post(
      DEALS,
      registration({ customerName: 'Cyberdyne Systems', customerWebsite: 'cyberdyne.com', country: 'US' }),
    );
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ status: 'rejected', conflictOutcome: 'conflict' });
    expect(response.json().decisionReason).toContain('reserved for direct sales');
    expect(response.json().conflicts[0].kind).toBe('direct_only_account');

    // Vendor staff see the account's owner and why it is contested beside the claim.
    const vendorView = await as(t.app, world.vendor.channel_manager).get(`${DEALS}/${response.json().id}`);
    expect(vendorView.json().conflicts[0]).toMatchObject({
      matchedName: 'Cyberdyne Systems Inc.',
      matchedDomains: ['cyberdyne.com'],
      matchedCountry: 'US',
      matchedRegistration: null,
      matchedAccount: { ownerName: 'Miles Dyson', isDirectOnly: true, openOpportunityCount: 1 },
    });
    expect(response.json().conflicts[0]).not.toHaveProperty('matchedAccount');
  });

  it('tells the partner instantly what a registration would hit, saving nothing', async () => {
    await insertAccount(world.workspaceId, {
      name: 'Soylent Foods S.A.',
      normalisedName: 'soylent foods',
      domains: ['soylent.fr'],
      country: 'FR',
    });
    const before = (await as(t.app, world.vendor.admin).get(DEALS)).json().data.length;
    const check = await as(t.app, world.partnerA.users.partner_sales).post(`${DEALS}/conflict-check`, {
      customerName: 'Soylent Food',
      country: 'FR',
    });
    expect(check.statusCode, check.body).toBe(200);
    expect(check.json()).toMatchObject({
      outcome: 'conflict',
      normalisedName: 'soylent food',
      customerDomain: null,
    });
    expect(check.json().conflicts[0]).toMatchObject({
      kind: 'account',
      signals: ['similar_name', 'country'],
    });
    expect(check.json().conflicts[0]).not.toHaveProperty('matchedAccountId');
    expect((await as(t.app, world.vendor.admin).get(DEALS)).json().data.length).toBe(before);
  });

  it('names the field when the input is wrong, and keeps vendor staff from registering', async () => {
    const badSite = await as(t.app, world.partnerA.users.partner_sales).post(
      DEALS,
      registration({ customerWebsite: 'not a website' }),
    );
    expect(badSite.statusCode).toBe(422);
    expect(badSite.json().errors).toEqual([expect.objectContaining({ field: 'body.customerWebsite' })]);
    const badDate = await as(t.app, world.partnerA.users.partner_sales).post(
      DEALS,
      registration({ expectedCloseDate: '31/03/2027', amount: -5 }),
    );
    expect(badDate.statusCode).toBe(400);
    expect(
      badDate
        .json()
        .errors.map((error: { field: string }) => error.field)
        .sort(),
    ).toEqual(['body.amount', 'body.expectedCloseDate']);
    expect((await as(t.app, world.vendor.channel_manager).post(DEALS, registration())).statusCode).toBe(403);
    expect(
      (await as(t.app, world.partnerA.users.partner_finance).post(DEALS, registration())).statusCode,
    ).toBe(403);
  });

  it('answers the registration exactly as reading it back does', async () => {
    const partner = world.partnerB.users.partner_sales;
    const created = await as(t.app, partner).post(DEALS, registration({ customerName: 'Umbrella Corp' }));
    expect(created.statusCode, created.body).toBe(201);
    const read = await as(t.app, partner).get(`${DEALS}/${created.json().id}`);
    expect(created.json().conflicts.length).toBeGreaterThan(0);
    expect(created.json()).toEqual(read.json());
    expect(created.headers.etag).toBe(read.headers.etag);
  });

  it('refuses a partner with compliance outstanding while partners registering beside it go through', async () => {
    const gate = await createTestWorkspace(t.database.db, 'Gate');
    // A mandatory requirement for North America only: partner B (there) has not met it, A has nothing to meet.
    const requirement = await as(t.app, gate.vendor.channel_manager).post(`${API}/compliance-requirements`, {
      name: 'Reseller insurance',
      regions: ['north-america'],
    });
    expect(requirement.statusCode, requirement.body).toBe(201);
    const responses = await Promise.all(
      Array.from({ length: 6 }, (_, index) =>
        as(
          t.app,
          index % 2 === 0 ? gate.partnerA.users.partner_sales : gate.partnerB.users.partner_sales,
        ).post(DEALS, registration()),
      ),
    );
    expect(responses.map((response) => response.statusCode)).toEqual([201, 403, 201, 403, 201, 403]);
    for (const refused of responses.filter((response) => response.statusCode === 403)) {
      expect(refused.headers['content-type']).toContain('application/problem+json');
      expect(refused.json().code).toBe('partner_not_compliant');
    }
    const written = await ownerQuery<{ organisation_id: string }>(
      t.ownerUrl,
      `SELECT organisation_id FROM deal_registrations WHERE workspace_id = $1`,
      [gate.workspaceId],
    );
    expect(written.map((row) => row.organisation_id)).toEqual([
      gate.partnerA.id,
      gate.partnerA.id,
      gate.partnerA.id,
    ]);
  });

  it('shows a partner only its own registrations, and vendor staff all of them', async () => {
    const mine = (await as(t.app, world.partnerB.users.partner_sales).get(`${DEALS}?limit=200`)).json().data;
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((deal: { organisationId: string }) => deal.organisationId === world.partnerB.id)).toBe(
      true,
    );
    const theirs = (await as(t.app, world.partnerA.users.partner_sales).get(`${DEALS}?limit=200`)).json()
      .data;
    const other = await as(t.app, world.partnerA.users.partner_sales).get(`${DEALS}/${mine[0].id}`);
    expect(other.statusCode).toBe(404);
    const all = (await as(t.app, world.vendor.analyst).get(`${DEALS}?limit=200`)).json().data;
    expect(all.length).toBe(mine.length + theirs.length);
    // The EMEA regional manager sees partner A's (EMEA) registrations, not partner B's.
    const regional = (await as(t.app, world.vendor.regional_manager).get(`${DEALS}?limit=200`)).json().data;
    expect(regional.map((deal: { id: string }) => deal.id).sort()).toEqual(
      theirs.map((deal: { id: string }) => deal.id).sort(),
    );
  });
});

/** A signed-in sales rep of each of `count` new partners. */
async function salesRepsOfNewPartners(count: number): Promise<Principal[]> {
  const principals: Principal[] = [];
  for (let index = 0; index < count; index += 1) {
    const organisationId = await insertPartnerBeside(t.database.db, {
      workspaceId: world.workspaceId,
      organisationId: world.partnerA.id,
    });
    const place = { workspaceId: world.workspaceId, organisationId };
    const user = await insertUser(t.database.db, place, 'partner_sales');
    const sessionToken = await insertSession(t.database.db, { ...place, userId: user.id });
    principals.push({ userId: user.id, email: user.email, role: 'partner_sales', sessionToken, ...place });
  }
  return principals;
}

describe('first-in under concurrency', () => {
  it('of 200 partners registering the same opportunity at once, exactly one is first-in and all others point at it', async () => {
    const principals = await salesRepsOfNewPartners(200);
    const claim = registration({
      customerName: 'Tyrell Corporation',
      customerWebsite: 'tyrell.com',
      country: 'US',
    });
    const responses = await Promise.all(
      principals.map((principal) => as(t.app, principal).post(DEALS, claim)),
    );
    expect(responses.map((response) => response.statusCode)).toEqual(principals.map(() => 201));
    const created = responses.map((response) => response.json());
    const firstIn = created.filter((deal) => deal.isFirstIn);
    expect(firstIn).toHaveLength(1);
    expect(firstIn[0].conflictOutcome).toBe('clear');

    const rows = await ownerQuery<{ id: string; first_in_registration_id: string | null }>(
      t.ownerUrl,
      `SELECT id, first_in_registration_id FROM deal_registrations WHERE customer_domain = 'tyrell.com' ORDER BY registered_at`,
    );
    expect(rows).toHaveLength(200);
    // The winner is the earliest the database registered, and every other points at it.
    expect(rows[0]!.id).toBe(firstIn[0].id);
    expect(rows.slice(1).every((row) => row.first_in_registration_id === firstIn[0].id)).toBe(true);
    expect(
      created.filter((deal) => !deal.isFirstIn).every((deal) => deal.conflictOutcome === 'conflict'),
    ).toBe(true);
  }, 120_000);

  it('of partners registering one customer under different spellings at once, exactly one is first-in', async () => {
    // No website or e-mail, so no domain to collide on, and no two of the names normalise alike:
    // only the sound-alike keys bring them together (each pair is the same name by its words).
    const spellings = ['Wallace Robotics', 'Walace Robotics', 'Wallace Robotic'];
    const principals = await salesRepsOfNewPartners(30);
    const responses = await Promise.all(
      principals.map((principal, index) =>
        as(t.app, principal).post(
          DEALS,
          registration({
            customerName: spellings[index % spellings.length],
            customerWebsite: undefined,
            country: 'US',
          }),
        ),
      ),
    );
    expect(responses.map((response) => response.statusCode)).toEqual(principals.map(() => 201));
    const created = responses.map((response) => response.json());
    const firstIn = created.filter((deal) => deal.isFirstIn);
    expect(firstIn).toHaveLength(1);

    const rows = await ownerQuery<{ id: string; first_in_registration_id: string | null }>(
      t.ownerUrl,
      `SELECT id, first_in_registration_id FROM deal_registrations
       WHERE normalised_customer_name IN ('wallace robotics', 'walace robotics', 'wallace robotic') ORDER BY registered_at`,
    );
    expect(rows).toHaveLength(30);
    expect(rows[0]!.id).toBe(firstIn[0].id);
    expect(rows.slice(1).every((row) => row.first_in_registration_id === firstIn[0].id)).toBe(true);
  }, 120_000);
});
