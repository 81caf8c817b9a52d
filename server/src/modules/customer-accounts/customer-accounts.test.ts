import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestWorkspace, type TestWorkspace } from '../../../test/factories.ts';
import { createTestApp, ownerQuery, runTrellis, type TestApp } from '../../../test/harness.ts';
import { type Ctx, withTransaction } from '../../platform/context.ts';
import { dispatchPendingEvents } from '../events/dispatch-events.ts';
import { notifyOnEvent } from '../notifications/notify-on-event.ts';
import { customerAccounts } from './tables.ts';

let t: TestApp;
let world: TestWorkspace;
const API = '/api/v1';
const ACCOUNTS = `${API}/customer-accounts`;
const RULES = `${API}/rules-of-engagement`;

const channel = () => as(t.app, world.vendor.channel_manager);
const fieldsOf = (response: { json: () => { errors?: { field: string }[] } }) =>
  (response.json().errors ?? []).map((problem) => problem.field);

const eventsOf = (entityId: string) =>
  ownerQuery<{ type: string; organisation_id: string | null; data: unknown }>(
    t.ownerUrl,
    'SELECT type, organisation_id, data FROM domain_events WHERE entity_id = $1 ORDER BY id',
    [entityId],
  );

const accountsNamed = (pattern: string) =>
  ownerQuery<{ name: string; domains: string[]; is_direct_only: boolean; source: string; version: number }>(
    t.ownerUrl,
    'SELECT name, domains, is_direct_only, source, version FROM customer_accounts WHERE workspace_id = $1 AND name LIKE $2 ORDER BY name',
    [world.workspaceId, pattern],
  );

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

const upload = (fileName: string, content: Buffer) =>
  channel().post(`${ACCOUNTS}/import`, { fileName, content: content.toString('base64') });

beforeAll(async () => {
  t = await createTestApp();
  world = await createTestWorkspace(t.database.db);
}, 60_000);
afterAll(() => t.close());

describe('customer accounts', () => {
  it('keeps the registrable domain of each web address and records who added the account', async () => {
    const response = await channel().post(ACCOUNTS, {
      name: 'Initrode Holding GmbH',
      domains: ['https://www.shop.initrode.co.uk/en', 'initrode.de', 'INITRODE.DE'],
      country: 'GB',
      ownerUserId: world.vendor.sales_rep.userId,
      externalId: 'CRM-1',
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({
      name: 'Initrode Holding GmbH',
      domains: ['initrode.co.uk', 'initrode.de'],
      ownerUserId: world.vendor.sales_rep.userId,
      isDirectOnly: false,
      openOpportunityCount: 0,
      source: 'api',
    });
    const [stored] = await ownerQuery<{ normalised_name: string }>(
      t.ownerUrl,
      'SELECT normalised_name FROM customer_accounts WHERE id = $1',
      [response.json().id],
    );
    expect(stored!.normalised_name).toBe('initrode');
    expect((await eventsOf(response.json().id)).map((event) => event.type)).toEqual([
      'customer_account.created',
    ]);
  });

  it('names the field of every bad value, and keeps owners to the vendor', async () => {
    const badDomain = await channel().post(ACCOUNTS, {
      name: 'Bad domains',
      domains: ['ok.com', 'not a domain', 'https://www.fine.co.uk/x', '10.0.0.1'],
    });
    expect(badDomain.statusCode).toBe(422);
    expect(fieldsOf(badDomain)).toEqual(['body.domains.1', 'body.domains.3']);

    const tooMany = await channel().post(ACCOUNTS, {
      name: 'Many domains',
      domains: Array.from({ length: 21 }, (_, index) => `many-${index}.com`),
    });
    expect(tooMany.statusCode).toBe(400);
    expect(fieldsOf(tooMany)).toEqual(['body.domains']);

    const noName = await channel().post(ACCOUNTS, { name: ' ', country: 'Germany' });
    expect(noName.statusCode).toBe(400);
    expect(fieldsOf(noName).sort()).toEqual(['body.country', 'body.name']);

    const partnerOwner = await channel().post(ACCOUNTS, {
      name: 'Owned by a partner',
      ownerUserId: world.partnerA.users.partner_admin.userId,
    });
    expect(partnerOwner.statusCode).toBe(422);
    expect(fieldsOf(partnerOwner)).toEqual(['body.ownerUserId']);

    const duplicate = await channel().post(ACCOUNTS, { name: 'Another', externalId: 'CRM-1' });
    expect(duplicate.statusCode).toBe(409);
  });

  it('changes an account against its version, and records reserving it for direct sales', async () => {
    const created = (
      await channel().post(ACCOUNTS, { name: 'Vehement Capital', domains: ['vehement.com'] })
    ).json();
    const stale = await channel().patch(
      `${ACCOUNTS}/${created.id}`,
      { name: 'Vehement Capital Partners' },
      { headers: { 'if-match': '"7"' } },
    );
    expect(stale.statusCode).toBe(412);

    const reserved = await channel().patch(
      `${ACCOUNTS}/${created.id}`,
      { isDirectOnly: true, directOnlyReason: 'Strategic account' },
      { headers: { 'if-match': `"${created.version}"` } },
    );
    expect(reserved.statusCode, reserved.body).toBe(200);
    expect(reserved.json()).toMatchObject({
      isDirectOnly: true,
      directOnlyReason: 'Strategic account',
      version: 2,
    });

    const renamed = await channel().patch(`${ACCOUNTS}/${created.id}`, { name: 'Vehement Capital Partners' });
    expect(renamed.json()).toMatchObject({ isDirectOnly: true, version: 3 });
    expect((await eventsOf(created.id)).map((event) => event.type)).toEqual([
      'customer_account.created',
      'customer_account.updated',
      'customer_account.direct_only_changed',
      'customer_account.updated',
    ]);
  });

  it('lists accounts with their open opportunities, found by any spelling of the name or by domain', async () => {
    const account = (
      await channel().post(ACCOUNTS, { name: 'Zorg Industries S.A.', domains: ['zorg.fr'], country: 'FR' })
    ).json();
    const opportunities = `${ACCOUNTS}/${account.id}/opportunities`;
    for (const body of [
      { name: 'Zorg renewal', stage: 'Proposal', amount: 1000, currency: 'EUR' },
      { name: 'Zorg add-on', stage: 'Discovery', amount: 500.5, currency: 'EUR' },
      { name: 'Zorg US', stage: 'Discovery', amount: 200, currency: 'USD' },
      { name: 'Zorg lost', stage: 'Closed lost', isOpen: false, amount: 9999, currency: 'EUR' },
    ]) {
      const response = await channel().post(opportunities, body);
      expect(response.statusCode, response.body).toBe(201);
    }
    const noCurrency = await channel().post(opportunities, { name: 'No currency', stage: 'Open', amount: 5 });
    expect(fieldsOf(noCurrency)).toEqual(['body.currency']);

    const byName = await as(t.app, world.vendor.sales_rep).get(
      `${ACCOUNTS}?q=${encodeURIComponent('ZORG industries')}`,
    );
    expect(byName.statusCode).toBe(200);
    expect(byName.json().data).toEqual([
      expect.objectContaining({
        id: account.id,
        openOpportunityCount: 3,
        openAmounts: [
          { currency: 'EUR', amount: 1500.5 },
          { currency: 'USD', amount: 200 },
        ],
      }),
    ]);
    const byDomain = await channel().get(`${ACCOUNTS}?q=${encodeURIComponent('https://www.zorg.fr/about')}`);
    expect(byDomain.json().data.map((row: { id: string }) => row.id)).toEqual([account.id]);

    const withOpen = await channel().get(`${ACCOUNTS}?hasOpenOpportunity=true&country=FR`);
    expect(withOpen.json().data.map((row: { id: string }) => row.id)).toEqual([account.id]);
    const directOnly = await channel().get(`${ACCOUNTS}?isDirectOnly=true`);
    expect(directOnly.json().data.every((row: { isDirectOnly: boolean }) => row.isDirectOnly)).toBe(true);
    expect(directOnly.json().data.length).toBeGreaterThan(0);

    const list = await channel().get(opportunities);
    expect(list.json().data).toHaveLength(4);
  });

  it('refuses to delete an account that has opportunities, and deletes it once they are gone', async () => {
    const account = (await channel().post(ACCOUNTS, { name: 'Short-lived Ltd' })).json();
    const opportunity = (
      await channel().post(`${ACCOUNTS}/${account.id}/opportunities`, { name: 'Pilot', stage: 'Open' })
    ).json();
    const refused = await channel().delete(`${ACCOUNTS}/${account.id}`);
    expect(refused.statusCode).toBe(409);

    const closed = await channel().patch(`${API}/customer-opportunities/${opportunity.id}`, {
      isOpen: false,
      stage: 'Closed lost',
    });
    expect(closed.json()).toMatchObject({ isOpen: false, stage: 'Closed lost', version: 2 });
    expect((await channel().delete(`${API}/customer-opportunities/${opportunity.id}`)).statusCode).toBe(204);
    expect((await channel().delete(`${ACCOUNTS}/${account.id}`)).statusCode).toBe(204);
    expect((await channel().get(`${ACCOUNTS}/${account.id}`)).statusCode).toBe(404);
    expect((await eventsOf(opportunity.id)).map((event) => event.type)).toEqual([
      'customer_opportunity.created',
      'customer_opportunity.updated',
      'customer_opportunity.deleted',
    ]);
    expect((await eventsOf(account.id)).map((event) => event.type)).toContain('customer_account.deleted');
  });
});

describe('importing accounts', () => {
  const goodCsv = [
    'Account Name;Domains;Country;Owner;Direct only;External ID;Opportunity name;Stage;Amount;Currency;Close date',
    'Imported Alpha GmbH;alpha-import.de; de;Dora Direct;yes;IMP-1;;;;;',
    'Imported Beta;https://www.beta-import.com;US;;no;IMP-2;Beta rollout;Proposal;12000;USD;2027-01-31',
    'Imported Beta;beta-import.com;US;;no;IMP-2;Beta support;Discovery;3000;USD;',
    'Imported Gamma;gamma-import.co.uk;GB;;;;;;;;',
  ].join('\n');

  it('creates accounts and opportunities from a CSV file, and a second upload updates them', async () => {
    const first = await upload('accounts.csv', Buffer.from(goodCsv));
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toEqual({
      rowCount: 4,
      accountsCreated: 3,
      accountsUpdated: 0,
      opportunitiesCreated: 2,
      opportunitiesUpdated: 0,
    });
    expect(await accountsNamed('Imported %')).toEqual([
      {
        name: 'Imported Alpha GmbH',
        domains: ['alpha-import.de'],
        is_direct_only: true,
        source: 'import',
        version: 1,
      },
      {
        name: 'Imported Beta',
        domains: ['beta-import.com'],
        is_direct_only: false,
        source: 'import',
        version: 1,
      },
      {
        name: 'Imported Gamma',
        domains: ['gamma-import.co.uk'],
        is_direct_only: false,
        source: 'import',
        version: 1,
      },
    ]);

    const renamed = goodCsv.replace('Imported Alpha GmbH', 'Imported Alpha AG').replace(';yes;', ';no;');
    const second = await upload('accounts.csv', Buffer.from(renamed));
    expect(second.json()).toEqual({
      rowCount: 4,
      accountsCreated: 0,
      accountsUpdated: 3,
      opportunitiesCreated: 0,
      opportunitiesUpdated: 2,
    });
    const alpha = await accountsNamed('Imported Alpha%');
    expect(alpha).toEqual([
      expect.objectContaining({ name: 'Imported Alpha AG', is_direct_only: false, version: 2 }),
    ]);

    const imports = await ownerQuery<{ type: string; data: { after: { accountsCreated: number } } }>(
      t.ownerUrl,
      "SELECT type, data FROM domain_events WHERE workspace_id = $1 AND type LIKE 'customer_account%.imported'",
      [world.workspaceId],
    );
    expect(imports.map((event) => event.data.after.accountsCreated)).toEqual([3, 0]);
  });

  it('reads an Excel workbook the same way', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Accounts');
    sheet.addRow(['name', 'website', 'country', 'direct_only', 'external_id']);
    sheet.addRow(['Workbook Delta', 'delta-workbook.io', 'NL', 'TRUE', 'XL-1']);
    sheet.addRow(['Workbook Epsilon', 'epsilon-workbook.com', 'SE', '', 'XL-2']);
    const content = Buffer.from(await workbook.xlsx.writeBuffer());
    const response = await upload('accounts.xlsx', content);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ rowCount: 2, accountsCreated: 2 });
    expect(await accountsNamed('Workbook %')).toEqual([
      expect.objectContaining({
        name: 'Workbook Delta',
        domains: ['delta-workbook.io'],
        is_direct_only: true,
      }),
      expect.objectContaining({ name: 'Workbook Epsilon', is_direct_only: false }),
    ]);
  });

  it('writes nothing when any row is bad, and reports every problem by row and column', async () => {
    const csv = [
      'name,domain,country,direct_only,opportunity_name,opportunity_amount,currency',
      'Broken One,broken-one.com,DE,yes,,,',
      ',broken-two.com,DE,no,,,',
      'Broken Three,not a domain,Germany,maybe,,,',
      'Broken Four,broken-four.com,FR,no,Deal,12x,',
    ].join('\n');
    const response = await upload('broken.csv', Buffer.from(csv));
    expect(response.statusCode).toBe(422);
    expect(response.json().detail).toContain('3 of 4 rows');
    expect(fieldsOf(response)).toEqual([
      'rows.3.name',
      'rows.4.domains',
      'rows.4.country',
      'rows.4.direct_only',
      'rows.5.opportunity_amount',
    ]);
    expect(await accountsNamed('Broken %')).toEqual([]);

    const noName = await upload('other.csv', Buffer.from('company_domain,country\nexample.com,DE\n'));
    expect(fieldsOf(noName)).toEqual(['file.columns']);
    const notAWorkbook = await upload('fake.xlsx', Buffer.from('name\nx\n'));
    expect(fieldsOf(notAWorkbook)).toEqual(['body.fileName']);
  });
});

describe('importing accounts from the command line', () => {
  it('imports a good file and refuses a bad one, naming its rows', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'trellis-accounts-cli-'));
    try {
      const [workspace] = await ownerQuery<{ slug: string }>(
        t.ownerUrl,
        'SELECT slug FROM workspaces WHERE id = $1',
        [world.workspaceId],
      );
      const good = path.join(folder, 'good.csv');
      await writeFile(good, 'name,domain,direct_only\nCommand Line Omega,omega-cli.com,yes\n');
      const bad = path.join(folder, 'bad.csv');
      await writeFile(bad, 'name,domain\nCommand Line Broken,not a domain\n');
      const run = (file: string) =>
        runTrellis(['import', 'accounts', file, '--workspace', workspace!.slug], {
          databaseUrl: t.ownerUrl,
          dataDir: folder,
        });

      const refused = await run(bad);
      expect(refused.code).toBe(1);
      expect(refused.output).toContain('row 2, domains');
      const imported = await run(good);
      expect(imported.code, imported.output).toBe(0);
      expect(imported.output).toContain('1 accounts created');
      expect(await accountsNamed('Command Line %')).toEqual([
        expect.objectContaining({ name: 'Command Line Omega', is_direct_only: true }),
      ]);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('who sees customer accounts', () => {
  it('keeps accounts from partners, through the API and in the database', async () => {
    const partner = as(t.app, world.partnerA.users.partner_admin);
    expect((await partner.get(ACCOUNTS)).statusCode).toBe(403);
    expect((await partner.post(ACCOUNTS, { name: 'Sneaky' })).statusCode).toBe(403);
    expect(
      (await partner.post(`${ACCOUNTS}/import`, { fileName: 'a.csv', content: 'YQ==' })).statusCode,
    ).toBe(403);
    expect((await as(t.app, world.vendor.sales_rep).post(ACCOUNTS, { name: 'Rep' })).statusCode).toBe(403);

    const admin = world.partnerA.users.partner_admin;
    const partnerCtx: Ctx = {
      db: t.database.db,
      actor: {
        type: 'user',
        workspaceId: world.workspaceId,
        organisationId: admin.organisationId,
        organisationKind: 'partner',
        userId: admin.userId,
        role: 'partner_admin',
        regions: null,
        sessionId: null,
        apiKeyId: null,
        scopes: null,
      },
    };
    const seenByPartner = await withTransaction(partnerCtx, (tx) => tx.select().from(customerAccounts));
    expect(seenByPartner).toEqual([]);
    const [all] = await ownerQuery<{ n: number }>(
      t.ownerUrl,
      'SELECT count(*)::int AS n FROM customer_accounts WHERE workspace_id = $1',
      [world.workspaceId],
    );
    expect(all!.n).toBeGreaterThan(0);
  });

  it('refuses a partner registration for a direct-only account', async () => {
    await channel().post(ACCOUNTS, {
      name: 'Reserved Robotics AG',
      domains: ['reserved-robotics.ch'],
      country: 'CH',
      isDirectOnly: true,
      directOnlyReason: 'Named account',
    });
    const response = await as(t.app, world.partnerA.users.partner_sales).post(`${API}/deal-registrations`, {
      customerName: 'Reserved Robotics',
      customerWebsite: 'https://reserved-robotics.ch',
      country: 'CH',
      amount: 20_000,
      currency: 'CHF',
      expectedCloseDate: '2027-05-31',
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ status: 'rejected' });
    expect(response.body).not.toContain('Named account');
  });
});

describe('rules of engagement', () => {
  it('are published by deal managers and read by partners, with direct-only accounts named only', async () => {
    const partnerAdmin = world.partnerA.users.partner_admin;
    const partner = as(t.app, partnerAdmin);
    const before = await partner.get(RULES);
    expect(before.statusCode).toBe(200);
    expect(before.json()).toMatchObject({ markdown: null, publishedAt: null });

    expect((await partner.put(RULES, { markdown: '# Mine now' })).statusCode).toBe(403);
    expect((await as(t.app, world.vendor.regional_manager).put(RULES, { markdown: '# No' })).statusCode).toBe(
      403,
    );
    const tooLong = await channel().put(RULES, { markdown: 'x'.repeat(50_001) });
    expect(fieldsOf(tooLong)).toEqual(['body.markdown']);

    const published = await channel().put(RULES, { markdown: '# Rules\n\nRegister **before** you sell.' });
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json().publishedAt).toBe(t.clock.now().toISOString());

    const read = await as(t.app, world.partnerB.users.partner_sales).get(RULES);
    expect(read.json()).toMatchObject({ markdown: '# Rules\n\nRegister **before** you sell.' });
    expect(read.json().directOnlyAccounts).toContainEqual({ name: 'Reserved Robotics AG', country: 'CH' });
    expect(read.body).not.toContain('reserved-robotics.ch');
    expect(read.body).not.toContain('Named account');

    await drainEvents();
    const notices = await ownerQuery<{ link: string }>(
      t.ownerUrl,
      "SELECT link FROM notifications WHERE user_id = $1 AND type = 'rules_of_engagement.announced'",
      [partnerAdmin.userId],
    );
    expect(notices).toEqual([{ link: '/portal/rules-of-engagement' }]);
    const [settings] = await ownerQuery<{ approval_levels: unknown[]; version: number }>(
      t.ownerUrl,
      'SELECT approval_levels, version FROM deal_registration_settings WHERE workspace_id = $1',
      [world.workspaceId],
    );
    expect(settings!.approval_levels.length).toBeGreaterThan(0);
  });
});
