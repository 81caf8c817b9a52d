import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestWorkspace, type TestWorkspace } from '../../../test/factories.ts';
import { createTestApp, TEST_SECRET, type TestApp } from '../../../test/harness.ts';
import { startSmtpPeer } from '../../../test/smtp-peer.ts';
import { startWorkers } from '../../workers.ts';
import { SESSION_COOKIE } from '../auth/request-authentication.ts';
import { createUser } from '../users/create-user.ts';

let smtp: Awaited<ReturnType<typeof startSmtpPeer>>;
let t: TestApp;
let world: TestWorkspace;
let workers: Awaited<ReturnType<typeof startWorkers>>;
const REFUSED = 'refused@example.test';

beforeAll(async () => {
  smtp = await startSmtpPeer({ refuse: { [REFUSED]: 550 } });
  t = await createTestApp({
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtp.port),
    SMTP_FROM: 'Acme <channel@acme.test>',
  });
  world = await createTestWorkspace(t.database.db);
  workers = await startWorkers({
    ownerUrl: t.ownerUrl,
    db: t.database.db,
    config: t.config,
    secret: TEST_SECRET,
    log: () => undefined,
    idlePollMs: 100,
  });
});
afterAll(async () => {
  await workers.stop();
  await t.close();
  await smtp.close();
});

const poll = { timeout: 15_000, interval: 100 };
const titles = async (principal: TestWorkspace['vendor']['admin']) =>
  (await as(t.app, principal).get('/api/v1/notifications'))
    .json()
    .data.map((n: { title: string }) => n.title);

describe('notifications from events', () => {
  it('tells the partner managers about a new partner in-app and by e-mail, with no further call', async () => {
    const created = await as(t.app, world.vendor.channel_manager).post('/api/v1/organisations', {
      name: 'Fabrikam Solutions',
      region: 'emea',
    });
    expect(created.statusCode).toBe(201);

    await expect.poll(() => titles(world.vendor.admin), poll).toContain('New partner: Fabrikam Solutions');
    const aboutFabrikam = () =>
      smtp.to(world.vendor.admin.email).filter((entry) => entry.mail.subject?.includes('Fabrikam'));
    await expect.poll(() => aboutFabrikam().length, poll).toBe(1);
    const [mail] = aboutFabrikam();
    expect(mail!.mail.subject).toContain('New partner: Fabrikam Solutions');
    expect(mail!.mail.text).toContain('Fabrikam Solutions was added');
    expect(mail!.mail.html).toContain(`/console/partners/${created.json().id}`);
    expect(mail!.mail.headers.get('x-trellis-email-id')).toMatch(/^mail_/);

    // The regional manager covers EMEA, where the partner is.
    await expect
      .poll(() => titles(world.vendor.regional_manager), poll)
      .toContain('New partner: Fabrikam Solutions');
    // Not the person who did it, not other roles, never partners.
    expect(await titles(world.vendor.channel_manager)).not.toContain('New partner: Fabrikam Solutions');
    expect(await titles(world.vendor.sales_rep)).toEqual([]);
    expect(await titles(world.partnerA.users.partner_admin)).toEqual([]);
    const unread = await as(t.app, world.vendor.admin).get('/api/v1/notifications/unread-count');
    expect(unread.json().count).toBeGreaterThanOrEqual(1);
  });

  it("keeps a regional manager out of other regions' news", async () => {
    await as(t.app, world.vendor.channel_manager).post('/api/v1/organisations', {
      name: 'Tailspin Toys',
      region: 'north-america',
    });
    await expect.poll(() => titles(world.vendor.admin), poll).toContain('New partner: Tailspin Toys');
    expect(await titles(world.vendor.regional_manager)).not.toContain('New partner: Tailspin Toys');
  });

  it('honours a person’s choice of channels', async () => {
    const owner = as(t.app, world.vendor.owner);
    const set = await owner.put('/api/v1/notification-preferences', {
      preferences: [{ eventType: 'organisation.created', channel: 'email', isEnabled: false }],
    });
    expect(set.statusCode).toBe(200);
    expect(set.json().data).toContainEqual(
      expect.objectContaining({
        eventType: 'organisation.created',
        channel: 'email',
        isEnabled: false,
        isDefault: false,
      }),
    );
    await as(t.app, world.vendor.channel_manager).post('/api/v1/organisations', { name: 'Litware Partners' });
    await expect.poll(() => titles(world.vendor.owner), poll).toContain('New partner: Litware Partners');
    const litware = (address: string) =>
      smtp.to(address).filter((entry) => entry.mail.subject?.includes('Litware Partners')).length;
    await expect.poll(() => litware(world.vendor.admin.email), poll).toBe(1);
    expect(litware(world.vendor.owner.email)).toBe(0);

    const unknown = await owner.put('/api/v1/notification-preferences', {
      preferences: [{ eventType: 'no.such_event', channel: 'email', isEnabled: true }],
    });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().errors[0].field).toBe('body.preferences.0.eventType');
  });

  it('marks notifications read, one or all', async () => {
    const admin = as(t.app, world.vendor.admin);
    const [first] = (await admin.get('/api/v1/notifications?isUnread=true')).json().data;
    const before = (await admin.get('/api/v1/notifications/unread-count')).json().count;
    expect((await admin.post(`/api/v1/notifications/${first.id}/read`)).statusCode).toBe(204);
    expect((await admin.get('/api/v1/notifications/unread-count')).json().count).toBe(before - 1);
    // Someone else's notification is not theirs to touch.
    expect(
      (await as(t.app, world.vendor.owner).post(`/api/v1/notifications/${first.id}/read`)).statusCode,
    ).toBe(404);
    expect((await admin.post('/api/v1/notifications/read-all')).statusCode).toBe(204);
    expect((await admin.get('/api/v1/notifications/unread-count')).json().count).toBe(0);
  });

  it('marks an e-mail the server refuses for good as failed, without retrying, and shows it to admins', async () => {
    await createUser({
      ctx: { db: t.database.db, actor: { type: 'system', workspaceId: world.workspaceId, reason: 'test' } },
      input: {
        organisationId: world.vendorOrganisationId,
        email: REFUSED,
        name: 'Gone Admin',
        role: 'admin',
        password: 'a-long-enough-password',
      },
    });
    await as(t.app, world.vendor.channel_manager).post('/api/v1/organisations', {
      name: 'Refused Mail Partner',
    });
    const admin = as(t.app, world.vendor.admin);
    const outbox = async () =>
      (await admin.get(`/api/v1/email-outbox?toAddress=${encodeURIComponent(REFUSED)}`)).json().data;
    await expect.poll(async () => (await outbox())[0]?.status, poll).toBe('failed');
    const [failed] = await outbox();
    expect(failed).toMatchObject({ attempts: 1, subject: expect.stringContaining('Refused Mail Partner') });
    expect(failed.lastError).toMatch(/550|unavailable/);
    expect(smtp.to(REFUSED)).toEqual([]);
    expect((await as(t.app, world.vendor.channel_manager).get('/api/v1/email-outbox')).statusCode).toBe(403);
  });
});

describe('who hears about what', () => {
  const eventTypesOf = async (principal: TestWorkspace['vendor']['admin']) => {
    const response = await as(t.app, principal).get('/api/v1/notification-preferences');
    expect(response.statusCode).toBe(200);
    return [...new Set(response.json().data.map((row: { eventType: string }) => row.eventType))];
  };

  it('offers each person settings only for the events their role is notified about', async () => {
    expect(await eventTypesOf(world.vendor.admin)).toEqual([
      'organisation.created',
      'invitation.accepted',
      'api_key.created',
      'webhook_endpoint.disabled',
      'chat_integration.disabled',
      'partner_application.submitted',
      'compliance_document.submitted',
      'sanctions_hit.recorded',
      'organisation.offboarded',
      'organisation.reactivated',
      'onboarding.milestone_reached',
      'onboarding.completed',
      'deal_registration.stale',
      'deal_dispute.decided',
      'deal_registration.won',
      'deal_registration.lost',
    ]);
    // Partner managers hear about the partners they look after (onboarding milestones).
    expect(await eventTypesOf(world.vendor.channel_manager)).toEqual([
      'organisation.created',
      'agreement.accepted',
      'partner_application.submitted',
      'compliance_document.submitted',
      'sanctions_hit.recorded',
      'organisation.tier_changed',
      'organisation.tier_downgrade_scheduled',
      'organisation.tier_downgrade_cancelled',
      'organisation.offboarded',
      'organisation.reactivated',
      'onboarding.milestone_reached',
      'onboarding.completed',
      'deal_registration.created',
      'deal_registration.level_approved',
      'deal_registration.info_provided',
      'deal_registration.withdrawn',
      'deal_registration.approval_reminder',
      'deal_registration.approval_escalated',
      'deal_registration.extension_requested',
      'deal_registration.stale',
      'deal_dispute.opened',
      'deal_dispute.commented',
      'deal_dispute.decided',
      'deal_registration.returned_to_approval',
      'deal_registration.won',
      'deal_registration.lost',
    ]);
    expect(await eventTypesOf(world.partnerA.users.partner_admin)).toEqual([
      'invitation.accepted',
      'api_key.created',
      'webhook_endpoint.disabled',
      'agreement.acceptance_requested',
      'compliance_document.approved',
      'compliance_document.rejected',
      'compliance_document.expiring',
      'compliance_document.expired',
      'organisation.tier_changed',
      'organisation.tier_downgrade_scheduled',
      'organisation.tier_downgrade_cancelled',
      'organisation.offboarded',
      'organisation.reactivated',
      'onboarding.started',
      'onboarding.milestone_reached',
      'onboarding.completed',
      'rules_of_engagement.announced',
      'deal_registration.created',
      'deal_registration.level_approved',
      'deal_registration.approved',
      'deal_registration.rejected',
      'deal_registration.more_info_requested',
      'deal_registration.withdrawn',
      'deal_registration.extended',
      'deal_registration.extension_rejected',
      'deal_registration.expired',
      'deal_registration.protection_ending',
      'deal_registration.stale',
      'deal_dispute.opened',
      'deal_dispute.commented',
      'deal_dispute.decided',
      'deal_registration.returned_to_approval',
      'deal_registration.first_in_changed',
      'deal_registration.won',
      'deal_registration.lost',
      'deal_registration.partners_updated',
    ]);
    expect(await eventTypesOf(world.vendor.analyst)).toEqual([]);
    // Partner sales hear about the deals they registered and the disputes they raised.
    expect(await eventTypesOf(world.partnerA.users.partner_sales)).toEqual([
      'deal_registration.created',
      'deal_registration.level_approved',
      'deal_registration.approved',
      'deal_registration.rejected',
      'deal_registration.more_info_requested',
      'deal_registration.withdrawn',
      'deal_registration.extended',
      'deal_registration.extension_rejected',
      'deal_registration.expired',
      'deal_registration.protection_ending',
      'deal_registration.stale',
      'deal_dispute.opened',
      'deal_dispute.commented',
      'deal_dispute.decided',
      'deal_registration.returned_to_approval',
      'deal_registration.first_in_changed',
    ]);
  });

  it('tells a partner administrator that someone joined, but not the newcomer about themselves', async () => {
    const email = `new.partner.admin.${Date.now()}@example.test`;
    const invited = await as(t.app, world.partnerA.users.partner_admin).post('/api/v1/invitations', {
      email,
      role: 'partner_admin',
      name: 'Pia Partner',
    });
    expect(invited.statusCode).toBe(201);
    await expect.poll(() => smtp.to(email).length, poll).toBe(1);
    const token = /token=([\w-]+)/.exec(smtp.to(email)[0]!.mail.text ?? '')![1]!;
    const accepted = await t.app.inject({
      method: 'POST',
      url: '/api/v1/invitations/accept',
      payload: { token, password: 'pia-own-password' },
    });
    expect(accepted.statusCode).toBe(201);
    const newcomer = {
      ...world.partnerA.users.partner_admin,
      userId: accepted.json().user.id,
      email,
      sessionToken: accepted.cookies.find((cookie) => cookie.name === SESSION_COOKIE)!.value,
    };

    await expect.poll(() => titles(world.partnerA.users.partner_admin), poll).toContain('Pia Partner joined');
    expect(await titles(newcomer)).toEqual([]);
  });
});
