import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestWorkspace, type TestWorkspace } from '../../../test/factories.ts';
import { createTestApp, ownerQuery, type TestApp } from '../../../test/harness.ts';

let t: TestApp;
let world: TestWorkspace;

beforeAll(async () => {
  t = await createTestApp();
  world = await createTestWorkspace(t.database.db);
});
afterAll(() => t.close());

const contactsOf = (organisationId: string) => `/api/v1/organisations/${organisationId}/contacts`;
type Contact = { id: string; name: string; isPrimary: boolean; version: number };

describe('partner contacts', () => {
  it('keeps at most one primary: a new primary replaces the old one, audited', async () => {
    const channel = as(t.app, world.vendor.channel_manager);
    const url = contactsOf(world.partnerA.id);
    const first = await channel.post(url, {
      name: 'Nora Lead',
      email: 'Nora@Northwind.test',
      isPrimary: true,
    });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ email: 'nora@northwind.test', isPrimary: true });
    const second = await channel.post(url, { name: 'Sam Second', jobTitle: 'Sales lead', isPrimary: true });
    expect(second.statusCode).toBe(201);

    const afterCreate = (await channel.get(url)).json().data as Contact[];
    expect(afterCreate.filter((contact) => contact.isPrimary).map((contact) => contact.name)).toEqual([
      'Sam Second',
    ]);

    const firstId = first.json().id as string;
    const current = afterCreate.find((contact) => contact.id === firstId)!;
    const promoted = await channel.patch(
      `${url}/${firstId}`,
      { isPrimary: true },
      { headers: { 'if-match': `"${current.version}"` } },
    );
    expect(promoted.statusCode, promoted.body).toBe(200);
    const afterUpdate = (await channel.get(url)).json().data as Contact[];
    expect(afterUpdate.filter((contact) => contact.isPrimary).map((contact) => contact.id)).toEqual([
      firstId,
    ]);

    const stale = await channel.patch(`${url}/${firstId}`, { name: 'x' }, { headers: { 'if-match': '"1"' } });
    expect(stale.statusCode).toBe(412);

    const audit = await ownerQuery<{ action: string }>(
      t.ownerUrl,
      'SELECT action FROM audit_events WHERE entity_id = $1 ORDER BY sequence',
      [firstId],
    );
    expect(audit.map((row) => row.action)).toEqual(['partner_contact.created', 'partner_contact.updated']);
  });

  it('validates contacts and names the field', async () => {
    const channel = as(t.app, world.vendor.channel_manager);
    for (const [body, field] of [
      [{ name: '' }, 'body.name'],
      [{ name: 'X', email: 'not-mail' }, 'body.email'],
      [{ name: 'X', phone: 'call me' }, 'body.phone'],
    ] as const) {
      const response = await channel.post(contactsOf(world.partnerA.id), body);
      expect(response.statusCode).toBe(400);
      expect(response.json().errors[0].field).toBe(field);
    }
    const onVendor = await as(t.app, world.vendor.admin).post(contactsOf(world.vendorOrganisationId), {
      name: 'Nobody',
    });
    expect(onVendor.statusCode).toBe(422);
  });

  it("never shows a partner another partner's contacts, and lets only managers change them", async () => {
    const channel = as(t.app, world.vendor.channel_manager);
    const created = await channel.post(contactsOf(world.partnerB.id), { name: 'Carla Contact' });
    const contactId = created.json().id as string;

    const partnerA = as(t.app, world.partnerA.users.partner_admin);
    expect((await partnerA.get(contactsOf(world.partnerB.id))).statusCode).toBe(404);
    const ownList = (await partnerA.get(contactsOf(world.partnerA.id))).json().data as Contact[];
    expect(ownList.map((contact) => contact.id)).not.toContain(contactId);
    expect((await partnerA.post(contactsOf(world.partnerA.id), { name: 'Self-made' })).statusCode).toBe(403);

    const partnerB = as(t.app, world.partnerB.users.partner_sales);
    const theirs = (await partnerB.get(contactsOf(world.partnerB.id))).json().data as Contact[];
    expect(theirs.map((contact) => contact.id)).toContain(contactId);

    const regional = as(t.app, world.vendor.regional_manager);
    expect((await regional.get(contactsOf(world.partnerB.id))).statusCode).toBe(404);
    expect((await regional.delete(`${contactsOf(world.partnerB.id)}/${contactId}`)).statusCode).toBe(404);
    // A contact id under the wrong partner is not found either.
    expect((await channel.delete(`${contactsOf(world.partnerA.id)}/${contactId}`)).statusCode).toBe(404);

    expect((await channel.delete(`${contactsOf(world.partnerB.id)}/${contactId}`)).statusCode).toBe(204);
    expect((await channel.get(contactsOf(world.partnerB.id))).json().data).toEqual([]);
  });
});

describe('saved views', () => {
  it("keeps each person's views to themselves", async () => {
    const channel = as(t.app, world.vendor.channel_manager);
    const created = await channel.post('/api/v1/saved-views', {
      list: 'partners',
      name: 'EMEA gold resellers',
      filters: { region: 'emea', tier: 'gold', partnerType: 'reseller' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    expect(id).toMatch(/^view_/);

    const mine = await channel.get('/api/v1/saved-views?list=partners');
    expect(mine.json().data).toEqual([expect.objectContaining({ id, filters: created.json().filters })]);

    const admin = as(t.app, world.vendor.admin);
    expect((await admin.get('/api/v1/saved-views?list=partners')).json().data).toEqual([]);
    expect((await admin.patch(`/api/v1/saved-views/${id}`, { name: 'Mine now' })).statusCode).toBe(404);
    expect((await admin.delete(`/api/v1/saved-views/${id}`)).statusCode).toBe(404);

    const renamed = await channel.patch(`/api/v1/saved-views/${id}`, { name: 'Gold in EMEA' });
    expect(renamed.json().name).toBe('Gold in EMEA');
    expect((await channel.delete(`/api/v1/saved-views/${id}`)).statusCode).toBe(204);
    expect((await channel.get('/api/v1/saved-views?list=partners')).json().data).toEqual([]);
  });

  it('refuses filters the directory does not have', async () => {
    const response = await as(t.app, world.vendor.channel_manager).post('/api/v1/saved-views', {
      list: 'partners',
      name: 'Odd',
      filters: { colour: 'blue' },
    });
    expect(response.statusCode).toBe(400);
  });
});
