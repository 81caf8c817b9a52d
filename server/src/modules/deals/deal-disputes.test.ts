import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestWorkspace, type Principal, type TestWorkspace } from '../../../test/factories.ts';
import { createTestApp, ownerQuery, type TestApp } from '../../../test/harness.ts';
import { dispatchPendingEvents } from '../events/dispatch-events.ts';
import { notifyOnEvent } from '../notifications/notify-on-event.ts';

let t: TestApp;
let world: TestWorkspace;
const API = '/api/v1';
const DEALS = `${API}/deal-registrations`;
const DISPUTES = `${API}/deal-disputes`;

let serial = 0;
function registration(overrides: Record<string, unknown> = {}) {
  serial += 1;
  return {
    customerName: `Globex ${serial} Ltd`,
    customerWebsite: `https://globex-${serial}.co.uk`,
    country: 'GB',
    amount: 120_000,
    currency: 'GBP',
    expectedCloseDate: '2027-06-30',
    ...overrides,
  };
}

async function register(principal: Principal, overrides: Record<string, unknown> = {}) {
  const response = await as(t.app, principal).post(DEALS, registration(overrides));
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; reference: string; isFirstIn: boolean };
}

/** Stands in for an approver's rejection (another slice's verb) by writing what it leaves behind. */
async function rejectDirectly(id: string, reason: string) {
  await ownerQuery(
    t.ownerUrl,
    `UPDATE deal_registrations SET status = 'rejected', approval_level = NULL, approval_due_at = NULL,
       decided_at = now(), decision_reason = $2 WHERE id = $1`,
    [id, reason],
  );
  await ownerQuery(
    t.ownerUrl,
    `UPDATE deal_registration_approvals SET decision = 'rejected', decided_at = now(), reason = $2
       WHERE registration_id = $1 AND decided_at IS NULL`,
    [id, reason],
  );
}

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

const notificationsOf = (userId: string) =>
  ownerQuery<{ type: string; title: string; body: string; link: string | null }>(
    t.ownerUrl,
    'SELECT type, title, body, link FROM notifications WHERE user_id = $1 ORDER BY created_at',
    [userId],
  );

beforeAll(async () => {
  t = await createTestApp();
  world = await createTestWorkspace(t.database.db);
}, 60_000);
afterAll(() => t.close());

describe('disputing a rejection', () => {
  it('lets the partner contest, and an upheld dispute puts the registration back in approval with a fresh SLA', async () => {
    const partner = world.partnerA.users.partner_sales;
    const deal = await register(partner);
    await rejectDirectly(deal.id, 'Customer is served directly.');

    const opened = await as(t.app, partner).post(`${DEALS}/${deal.id}/disputes`, {
      subject: 'decision',
      reason: 'We have run this opportunity for six months with their CIO.',
      evidenceUrls: ['https://crm.example.com/opportunities/42'],
    });
    expect(opened.statusCode, opened.body).toBe(201);
    const dispute = opened.json();
    expect(dispute).toMatchObject({
      status: 'open',
      subject: 'decision',
      registrationReference: deal.reference,
      raisedBySide: 'partner',
      evidenceUrls: ['https://crm.example.com/opportunities/42'],
    });

    // One open dispute per registration.
    const again = await as(t.app, partner).post(`${DEALS}/${deal.id}/disputes`, {
      subject: 'decision',
      reason: 'Trying a second time around.',
    });
    expect(again.statusCode).toBe(409);

    // The channel manager reads it and writes an internal note the partner never sees.
    const channel = world.vendor.channel_manager;
    const listed = await as(t.app, channel).get(`${DISPUTES}?status=open`);
    expect(listed.json().data.map((row: { id: string }) => row.id)).toContain(dispute.id);
    const note = await as(t.app, channel).post(`${DISPUTES}/${dispute.id}/comments`, {
      body: 'Checked the CRM: the direct team never engaged.',
      isVendorInternal: true,
    });
    expect(note.statusCode, note.body).toBe(201);
    const reply = await as(t.app, channel).post(`${DISPUTES}/${dispute.id}/comments`, {
      body: 'Thanks, we are looking into it.',
    });
    expect(reply.statusCode, reply.body).toBe(201);

    const partnerView = await as(t.app, partner).get(`${DISPUTES}/${dispute.id}`);
    expect(partnerView.statusCode).toBe(200);
    expect(partnerView.json().comments.map((comment: { body: string }) => comment.body)).toEqual([
      'Thanks, we are looking into it.',
    ]);
    expect(partnerView.body).not.toContain('direct team never engaged');
    const vendorView = await as(t.app, channel).get(`${DISPUTES}/${dispute.id}`);
    expect(vendorView.json().comments).toHaveLength(2);
    expect(vendorView.json().comments[0]).toMatchObject({ isVendorInternal: true, authorSide: 'vendor' });

    // A partner cannot write an internal comment, nor decide.
    const sneaky = await as(t.app, partner).post(`${DISPUTES}/${dispute.id}/comments`, {
      body: 'hidden?',
      isVendorInternal: true,
    });
    expect(sneaky.statusCode).toBe(422);
    expect(sneaky.json().errors?.[0]?.field ?? sneaky.body).toContain('isVendorInternal');
    const regional = await as(t.app, world.vendor.regional_manager).post(
      `${DISPUTES}/${dispute.id}/decision`,
      {
        outcome: 'upheld',
        rationale: 'Regional managers do not decide disputes.',
      },
    );
    expect(regional.statusCode).toBe(403);

    t.clock.advance(60 * 60 * 1000);
    const decided = await as(t.app, channel).post(`${DISPUTES}/${dispute.id}/decision`, {
      outcome: 'upheld',
      rationale: 'The partner’s evidence shows it sourced the opportunity.',
    });
    expect(decided.statusCode, decided.body).toBe(200);
    expect(decided.json()).toMatchObject({ status: 'upheld', registrationStatus: 'pending_approval' });

    const back = (await as(t.app, partner).get(`${DEALS}/${deal.id}`)).json();
    expect(back).toMatchObject({ status: 'pending_approval', approvalLevel: 1, decisionReason: null });
    expect(Date.parse(back.approvalDueAt) - t.clock.now().getTime()).toBe(24 * 60 * 60 * 1000);
    expect(back.disputes[0]).toMatchObject({
      status: 'upheld',
      rationale: 'The partner’s evidence shows it sourced the opportunity.',
    });
    const approvals = await ownerQuery(
      t.ownerUrl,
      'SELECT level, decided_at FROM deal_registration_approvals WHERE registration_id = $1 AND decided_at IS NULL',
      [deal.id],
    );
    expect(approvals).toEqual([{ level: 1, decided_at: null }]);

    // Decided is decided.
    const twice = await as(t.app, channel).post(`${DISPUTES}/${dispute.id}/decision`, {
      outcome: 'dismissed',
      rationale: 'Changed my mind.',
    });
    expect(twice.statusCode).toBe(409);
    const late = await as(t.app, partner).post(`${DISPUTES}/${dispute.id}/comments`, {
      body: 'One more thing',
    });
    expect(late.statusCode).toBe(409);

    await drainEvents();
    const partnerAdmin = await notificationsOf(world.partnerA.users.partner_admin.userId);
    expect(partnerAdmin.map((notice) => notice.type)).toEqual(
      expect.arrayContaining(['deal_dispute.decided', 'deal_registration.returned_to_approval']),
    );
    // The internal note left no trace on the partner's side.
    expect(JSON.stringify(partnerAdmin)).not.toContain('CRM');
    // The rep who raised the dispute hears the channel team's reply and the decision, once each.
    const raiser = (await notificationsOf(partner.userId)).map((notice) => notice.type);
    expect(raiser.filter((type) => type.startsWith('deal_dispute.'))).toEqual([
      'deal_dispute.commented',
      'deal_dispute.decided',
    ]);
  });

  it('refuses a dispute that has nothing to contest, and bad input naming the field', async () => {
    const partner = world.partnerA.users.partner_admin;
    const pending = await register(partner);
    const notRejected = await as(t.app, partner).post(`${DEALS}/${pending.id}/disputes`, {
      subject: 'decision',
      reason: 'It is not even decided yet.',
    });
    expect(notRejected.statusCode).toBe(409);
    const firstIn = await as(t.app, partner).post(`${DEALS}/${pending.id}/disputes`, {
      subject: 'conflict',
      reason: 'But we are first-in already.',
    });
    expect(firstIn.statusCode).toBe(409);

    await rejectDirectly(pending.id, 'No budget.');
    const short = await as(t.app, partner).post(`${DEALS}/${pending.id}/disputes`, {
      subject: 'decision',
      reason: 'too short',
    });
    expect(short.statusCode).toBe(400);
    expect(short.body).toContain('body.reason');
    const badLink = await as(t.app, partner).post(`${DEALS}/${pending.id}/disputes`, {
      subject: 'decision',
      reason: 'The evidence link below proves it.',
      evidenceUrls: ['javascript:alert(1)'],
    });
    expect(badLink.statusCode).toBe(400);
    expect(badLink.body).toContain('body.evidenceUrls');

    // Partner marketing may read deals but not dispute them; the other partner cannot even find it.
    const marketing = await as(t.app, world.partnerA.users.partner_marketing).post(
      `${DEALS}/${pending.id}/disputes`,
      { subject: 'decision', reason: 'Marketing thinks this is wrong.' },
    );
    expect(marketing.statusCode).toBe(403);
    const stranger = await as(t.app, world.partnerB.users.partner_admin).post(
      `${DEALS}/${pending.id}/disputes`,
      {
        subject: 'decision',
        reason: 'Not my registration at all.',
      },
    );
    expect(stranger.statusCode).toBe(404);
  });

  it('a dismissed dispute changes nothing but the record', async () => {
    const partner = world.partnerA.users.partner_admin;
    const deal = await register(partner);
    await rejectDirectly(deal.id, 'Duplicate of a direct deal.');
    const dispute = (
      await as(t.app, partner).post(`${DEALS}/${deal.id}/disputes`, {
        subject: 'decision',
        reason: 'It is not a duplicate, the buyer is different.',
      })
    ).json();
    const decided = await as(t.app, world.vendor.admin).post(`${DISPUTES}/${dispute.id}/decision`, {
      outcome: 'dismissed',
      rationale: 'Same buying centre.',
    });
    expect(decided.statusCode, decided.body).toBe(200);
    const after = (await as(t.app, partner).get(`${DEALS}/${deal.id}`)).json();
    expect(after).toMatchObject({ status: 'rejected', decisionReason: 'Duplicate of a direct deal.' });
    expect(after.disputes[0]).toMatchObject({ status: 'dismissed', rationale: 'Same buying centre.' });
  });
});

describe('disputing first-in', () => {
  it('an upheld conflict dispute swaps first-in; the other partner never learns of the dispute or the winner', async () => {
    const earlyPartner = world.partnerA.users.partner_admin;
    const latePartner = world.partnerB.users.partner_admin;
    const shared = {
      customerName: 'Soylent Foods Inc.',
      customerWebsite: 'soylent-foods.com',
      country: 'US',
    };
    const early = await register(earlyPartner, shared);
    const late = await register(latePartner, { ...shared, amount: 77_777 });
    expect(late.isFirstIn).toBe(false);

    const opened = await as(t.app, latePartner).post(`${DEALS}/${late.id}/disputes`, {
      subject: 'conflict',
      reason: 'We met Soylent in March, months before anyone registered them.',
      evidenceUrls: ['https://files.example.com/soylent-meeting-notes.pdf'],
    });
    expect(opened.statusCode, opened.body).toBe(201);
    const dispute = opened.json();
    // The disputer is not told which registration it contests.
    expect(dispute.contestedRegistration).toBeUndefined();
    expect(opened.body).not.toContain(early.id);
    expect(opened.body).not.toContain(early.reference);

    // The vendor sees both sides.
    const vendorView = (
      await as(t.app, world.vendor.channel_manager).get(`${DISPUTES}/${dispute.id}`)
    ).json();
    expect(vendorView.contestedRegistration).toMatchObject({
      id: early.id,
      reference: early.reference,
      partnerName: world.partnerA.name,
    });

    // The first partner sees no dispute anywhere: list, detail, the dispute itself.
    const earlyList = (await as(t.app, earlyPartner).get(DISPUTES)).json();
    expect(earlyList.data.map((row: { id: string }) => row.id)).not.toContain(dispute.id);
    expect((await as(t.app, earlyPartner).get(`${DISPUTES}/${dispute.id}`)).statusCode).toBe(404);
    expect((await as(t.app, earlyPartner).get(`${DEALS}/${early.id}`)).json().disputes).toEqual([]);

    const decided = await as(t.app, world.vendor.channel_manager).post(`${DISPUTES}/${dispute.id}/decision`, {
      outcome: 'upheld',
      rationale: 'Meeting notes predate the other registration.',
    });
    expect(decided.statusCode, decided.body).toBe(200);

    const winner = (await as(t.app, latePartner).get(`${DEALS}/${late.id}`)).json();
    expect(winner).toMatchObject({ isFirstIn: true, status: 'pending_approval' });
    const loser = (await as(t.app, earlyPartner).get(`${DEALS}/${early.id}`)).json();
    expect(loser).toMatchObject({ isFirstIn: false, status: 'rejected' });
    expect(loser.decisionReason).toContain('registered first by another partner');
    const [stored] = await ownerQuery<{ first_in_registration_id: string }>(
      t.ownerUrl,
      'SELECT first_in_registration_id FROM deal_registrations WHERE id = $1',
      [early.id],
    );
    expect(stored?.first_in_registration_id).toBe(late.id);

    await drainEvents();
    const earlyNotices = await notificationsOf(world.partnerA.users.partner_admin.userId);
    const lostNotice = earlyNotices.find((notice) => notice.type === 'deal_registration.first_in_changed');
    expect(lostNotice?.title).toBe(`${early.reference} is no longer first-in`);
    const everythingEarlySees = JSON.stringify(earlyNotices) + JSON.stringify(loser);
    expect(everythingEarlySees).not.toContain(world.partnerB.name);
    expect(everythingEarlySees).not.toContain(late.reference);
    expect(everythingEarlySees).not.toContain('77777');
    expect(everythingEarlySees).not.toContain(dispute.id);

    const lateNotices = await notificationsOf(world.partnerB.users.partner_admin.userId);
    expect(lateNotices.find((notice) => notice.type === 'deal_registration.first_in_changed')?.title).toBe(
      `${late.reference} is now first-in`,
    );
    expect(JSON.stringify(lateNotices)).not.toContain(world.partnerA.name);
  });

  it('a vendor sales rep may dispute a partner’s approved registration; the partner sees it, not the internal notes', async () => {
    const partner = world.partnerA.users.partner_admin;
    const deal = await register(partner);
    await ownerQuery(
      t.ownerUrl,
      "UPDATE deal_registrations SET status = 'approved', decided_at = now() WHERE id = $1",
      [deal.id],
    );
    const opened = await as(t.app, world.vendor.sales_rep).post(`${DEALS}/${deal.id}/disputes`, {
      subject: 'decision',
      reason: 'This customer is in my named-account list.',
    });
    expect(opened.statusCode, opened.body).toBe(201);
    expect(opened.json().raisedBySide).toBe('vendor');
    const partnerList = (await as(t.app, partner).get(DISPUTES)).json();
    expect(partnerList.data.map((row: { id: string }) => row.id)).toContain(opened.json().id);
  });
});
