import { describe, expect, it } from 'vitest';
import { as, type Principal } from '../../../test/factories.ts';
import { checkDealProtectionJob } from './check-deal-protection.ts';
import {
  API,
  advance,
  approve,
  claim,
  DAY,
  DEALS,
  detailOf,
  drainEvents,
  eventsOf,
  noticesOf,
  register,
  runJob,
  t,
  useDealProgramme,
  world,
} from './deal-test-kit.ts';

useDealProgramme();

describe('protection', () => {
  async function approved(by: Principal = world.partnerA.users.partner_sales, overrides = {}) {
    const created = await register(by, overrides);
    const done = await approve(world.vendor.channel_manager, created.id);
    expect(done.json().status).toBe('approved');
    if (by.organisationId === world.partnerB.id) await approve(world.vendor.channel_manager, created.id);
    return done.json() as { id: string; protectionEndsAt: string; customerName: string };
  }

  it('extends protection once when granted, refuses a second pending request and the cap', async () => {
    const registration = await approved();
    const url = `${DEALS}/${registration.id}/extension-requests`;
    const asked = await as(t.app, world.partnerA.users.partner_sales).post(url, {
      reason: 'Board meets in May',
    });
    expect(asked.statusCode, asked.body).toBe(201);
    const pending = asked.json().extensions[0];
    expect(pending).toMatchObject({ status: 'pending', requestedDays: 30 });
    expect(
      (await as(t.app, world.partnerA.users.partner_sales).post(url, { reason: 'Again please' })).statusCode,
    ).toBe(409);
    const foreign = await as(t.app, world.partnerB.users.partner_admin).post(url, { reason: 'Not mine' });
    expect(foreign.statusCode).toBe(404);

    const granted = await as(t.app, world.vendor.regional_manager).post(
      `${API}/deal-registration-extensions/${pending.id}/approve`,
      {},
    );
    expect(granted.statusCode, granted.body).toBe(200);
    expect(granted.json()).toMatchObject({ extensionCount: 1 });
    expect(Date.parse(granted.json().protectionEndsAt) - Date.parse(registration.protectionEndsAt)).toBe(
      30 * DAY,
    );
    const twice = await as(t.app, world.vendor.channel_manager).post(
      `${API}/deal-registration-extensions/${pending.id}/reject`,
      { note: 'Too late' },
    );
    expect(twice.statusCode).toBe(409);

    const capped = await as(t.app, world.partnerA.users.partner_sales).post(url, {
      reason: 'One more month',
    });
    expect(capped.statusCode).toBe(409);
    expect(capped.json().detail).toMatch(/allows 1 extension/);
  });

  it('tells the partner once when protection ends soon, and again after an extension moves the end', async () => {
    const registration = await approved(world.partnerA.users.partner_sales, {
      customerName: 'Cyberdyne Systems',
      customerWebsite: 'cyberdyne.io',
    });
    const endingNotices = () => eventsOf(registration.id, 'deal_registration.protection_ending');
    await advance(75 * DAY);
    await runJob(checkDealProtectionJob);
    expect(await endingNotices()).toHaveLength(0);

    await advance(2 * DAY);
    await runJob(checkDealProtectionJob);
    await runJob(checkDealProtectionJob);
    const first = await endingNotices();
    expect(first).toHaveLength(1);
    expect(first[0]!.data.after.protectionEndsAt).toBe(registration.protectionEndsAt);

    const asked = await as(t.app, world.partnerA.users.partner_sales).post(
      `${DEALS}/${registration.id}/extension-requests`,
      { reason: 'Procurement needs another month' },
    );
    expect(asked.statusCode, asked.body).toBe(201);
    const granted = await as(t.app, world.vendor.channel_manager).post(
      `${API}/deal-registration-extensions/${asked.json().extensions[0].id}/approve`,
      {},
    );
    expect(granted.statusCode, granted.body).toBe(200);
    await runJob(checkDealProtectionJob);
    expect(await endingNotices()).toHaveLength(1);
    await advance(30 * DAY);
    await runJob(checkDealProtectionJob);
    const second = await endingNotices();
    expect(second).toHaveLength(2);
    expect(second[1]!.data.after.protectionEndsAt).toBe(granted.json().protectionEndsAt);

    await drainEvents();
    const notices = (await noticesOf(world.partnerA.users.partner_sales.userId, registration.id)).filter(
      (candidate) => candidate.type === 'deal_registration.protection_ending',
    );
    expect(notices.map((notice) => notice.body.slice(-100))).toEqual([
      expect.stringContaining(registration.protectionEndsAt.slice(0, 10)),
      expect.stringContaining(String(granted.json().protectionEndsAt).slice(0, 10)),
    ]);
    expect(await noticesOf(world.partnerB.users.partner_admin.userId, registration.id)).toEqual([]);
  });

  it('keeps the window when an extension is refused, and tells the partner why', async () => {
    const registration = await approved();
    const asked = await as(t.app, world.partnerA.users.partner_admin).post(
      `${DEALS}/${registration.id}/extension-requests`,
      { reason: 'Procurement is slow', days: 14 },
    );
    const extensionId = asked.json().extensions[0].id;
    const noNote = await as(t.app, world.vendor.channel_manager).post(
      `${API}/deal-registration-extensions/${extensionId}/reject`,
      {},
    );
    expect(noNote.statusCode).toBe(400);
    const refused = await as(t.app, world.vendor.channel_manager).post(
      `${API}/deal-registration-extensions/${extensionId}/reject`,
      { note: 'No activity recorded for two months' },
    );
    expect(refused.json()).toMatchObject({
      extensionCount: 0,
      protectionEndsAt: registration.protectionEndsAt,
      extensions: [
        expect.objectContaining({ status: 'rejected', decisionNote: 'No activity recorded for two months' }),
      ],
    });
    await drainEvents();
    const notices = await noticesOf(world.partnerA.users.partner_admin.userId, registration.id);
    expect(notices.find((notice) => notice.type === 'deal_registration.extension_rejected')?.body).toMatch(
      /No activity recorded for two months/,
    );
  });

  it('flags a quiet registration once, and expires it at the end of its window, freeing the customer', async () => {
    const registration = await approved(world.partnerA.users.partner_sales, {
      customerName: 'Stark Industries',
      customerWebsite: 'stark-industries.com',
    });
    await advance(31 * DAY);
    await runJob(checkDealProtectionJob);
    await runJob(checkDealProtectionJob);
    expect(await eventsOf(registration.id, 'deal_registration.stale')).toHaveLength(1);
    expect((await detailOf(world.partnerA.users.partner_sales, registration.id)).status).toBe('approved');

    const collides = await as(t.app, world.partnerB.users.partner_sales).post(`${DEALS}/conflict-check`, {
      customerName: 'Stark Industries',
      customerWebsite: 'stark-industries.com',
      country: 'DE',
    });
    expect(collides.json().outcome).toBe('conflict');

    await advance(60 * DAY);
    await runJob(checkDealProtectionJob);
    expect((await detailOf(world.partnerA.users.partner_sales, registration.id)).status).toBe('expired');
    expect(await eventsOf(registration.id, 'deal_registration.expired')).toHaveLength(1);

    const fresh = await as(t.app, world.partnerB.users.partner_sales).post(
      DEALS,
      claim({ customerName: 'Stark Industries', customerWebsite: 'stark-industries.com' }),
    );
    expect(fresh.json()).toMatchObject({ conflictOutcome: 'clear', isFirstIn: true });

    await drainEvents();
    const notices = await noticesOf(world.partnerA.users.partner_sales.userId, registration.id);
    expect(notices.map((notice) => notice.type)).toEqual(
      expect.arrayContaining(['deal_registration.stale', 'deal_registration.expired']),
    );
  });
});
