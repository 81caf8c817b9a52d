import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, type Principal } from '../../../test/factories.ts';
import { insertSession } from '../../../test/fixtures.ts';
import { createTestApp, ownerQuery, type TestApp } from '../../../test/harness.ts';
import type { Role } from '../../platform/permissions.ts';
import { seedDemoData } from './seed-demo-data.ts';

let t: TestApp;
const DEALS = '/api/v1/deal-registrations';

async function demoUser(email: string): Promise<Principal> {
  const [user] = await ownerQuery<{ id: string; workspace_id: string; organisation_id: string; role: Role }>(
    t.ownerUrl,
    'SELECT id, workspace_id, organisation_id, role FROM users WHERE email = $1',
    [email],
  );
  const place = { workspaceId: user!.workspace_id, organisationId: user!.organisation_id };
  const sessionToken = await insertSession(t.database.db, { ...place, userId: user!.id });
  return { userId: user!.id, email, role: user!.role, sessionToken, ...place };
}

beforeAll(async () => {
  t = await createTestApp();
  const outcome = await seedDemoData({ db: t.database.db, hasData: async () => false, isProduction: false });
  expect(outcome.seeded).toBe(true);
}, 60_000);
afterAll(() => t.close());

describe('the demo deals', () => {
  it('show the console a pending claim, two partners on one customer, and an approved deal', async () => {
    const deals = (await as(t.app, await demoUser('channel@acme.test')).get(DEALS)).json().data;
    const byCustomer = new Map(deals.map((deal: { customerName: string }) => [deal.customerName, deal]));
    expect(byCustomer.get('Initrode Logistics GmbH')).toMatchObject({
      status: 'pending_approval',
      conflictOutcome: 'clear',
    });
    expect(byCustomer.get('Globex Corporation')).toMatchObject({
      partnerName: 'Contoso Consulting',
      isFirstIn: true,
    });
    expect(byCustomer.get('Globex Corp.')).toMatchObject({
      partnerName: 'Northwind Systems',
      conflictOutcome: 'conflict',
      isFirstIn: false,
    });
    expect(byCustomer.get('Vandelay Industries AG')).toMatchObject({ status: 'approved' });
    expect(
      (byCustomer.get('Vandelay Industries AG') as { protectionEndsAt: string | null }).protectionEndsAt,
    ).not.toBeNull();
  });

  it('leave the main demo partner able to register a deal from the portal', async () => {
    const rep = await demoUser('rep@northwind.test');
    const response = await as(t.app, rep).post(DEALS, {
      customerName: 'Kramerica Industries',
      customerWebsite: 'kramerica.com',
      country: 'US',
      amount: 10_000,
      currency: 'USD',
      expectedCloseDate: '2027-06-30',
    });
    expect(response.statusCode, response.body).toBe(201);
    // Contoso still shows the demo's outstanding compliance: it cannot register new deals.
    const contoso = await demoUser('rep@contoso.test');
    const refused = await as(t.app, contoso).post(DEALS, {
      customerName: 'Kramerica Labs',
      customerWebsite: 'kramerica-labs.com',
      country: 'US',
      amount: 10_000,
      currency: 'USD',
      expectedCloseDate: '2027-06-30',
    });
    expect(refused.statusCode).toBe(403);
  });
});
