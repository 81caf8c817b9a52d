import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestWorkspace, type TestWorkspace } from '../../../test/factories.ts';
import { workspaceSlugOf } from '../../../test/fixtures.ts';
import { createTestApp, ownerQuery, type TestApp } from '../../../test/harness.ts';
import { dispatchPendingEvents } from '../events/dispatch-events.ts';
import { notifyOnEvent } from '../notifications/notify-on-event.ts';

let t: TestApp;
let world: TestWorkspace;
let other: TestWorkspace;
let slug: string;

const API = '/api/v1';
const manager = () => world.vendor.channel_manager;

const PROFILE = {
  criteria: {
    partnerType: { weight: 20, preferred: ['reseller', 'msp'] },
    region: { weight: 30, preferred: ['emea'] },
    industry: { weight: 20, preferred: ['Manufacturing'] },
    companySize: { weight: 10, preferred: ['51-200', '201-1000'] },
    certifications: { weight: 20, preferred: ['ISO 27001'] },
  },
  formRegions: ['emea', 'north-america', 'apac'],
  formIndustries: ['Manufacturing', 'Retail', 'Healthcare'],
};

let counter = 0;
const application = (overrides: Record<string, unknown> = {}) => {
  counter += 1;
  return {
    companyName: `Fabrikam ${counter} ${Date.now()}`,
    websiteDomain: `fabrikam-${counter}-${Date.now()}.example`,
    country: 'DE',
    region: 'emea',
    partnerTypes: ['msp'],
    industries: ['manufacturing'],
    companySize: '51-200',
    certifications: ['ISO 27001'],
    applicantName: 'Frida Fabrikam',
    applicantEmail: `frida.${counter}.${Date.now()}@fabrikam.example`,
    applicantJobTitle: 'Managing Director',
    message: 'We sell to mid-sized manufacturers in Germany.',
    locale: 'de',
    consent: true,
    ...overrides,
  };
};

const submit = (body: unknown, workspaceSlug = slug) =>
  t.app.inject({
    method: 'POST',
    url: `${API}/public/workspaces/${workspaceSlug}/partner-applications`,
    payload: body as object,
  });

const countApplications = async () =>
  Number(
    (await ownerQuery<{ n: string }>(t.ownerUrl, 'SELECT count(*) AS n FROM partner_applications'))[0]!.n,
  );

async function submitted(overrides: Record<string, unknown> = {}) {
  const body = application(overrides);
  const response = await submit(body);
  expect(response.statusCode, response.body).toBe(202);
  const [row] = await ownerQuery<{ id: string }>(
    t.ownerUrl,
    'SELECT id FROM partner_applications WHERE applicant_email = $1',
    [body.applicantEmail],
  );
  return { id: row!.id, body };
}

beforeAll(async () => {
  t = await createTestApp();
  world = await createTestWorkspace(t.database.db);
  other = await createTestWorkspace(t.database.db, 'Globex');
  slug = await workspaceSlugOf(t.database.db, world.workspaceId);
  const saved = await as(t.app, manager()).put(`${API}/ideal-partner-profile`, PROFILE);
  expect(saved.statusCode, saved.body).toBe(200);
});
afterAll(() => t.close());

describe('the public application form', () => {
  it('shows the workspace and the choices it offers, without signing in', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: `${API}/public/workspaces/${slug}/partner-application-form`,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      workspace: { name: expect.stringContaining('Acme') },
      regions: PROFILE.formRegions,
      industries: PROFILE.formIndustries,
      partnerTypes: expect.arrayContaining(['reseller', 'msp']),
      companySizes: ['1-10', '11-50', '51-200', '201-1000', '1001+'],
    });
  });

  it('answers 404 for a workspace that does not exist', async () => {
    const form = await t.app.inject({
      method: 'GET',
      url: `${API}/public/workspaces/no-such-program/partner-application-form`,
    });
    expect(form.statusCode).toBe(404);
    expect(form.headers['content-type']).toContain('application/problem+json');
    const before = await countApplications();
    expect((await submit(application(), 'no-such-program')).statusCode).toBe(404);
    expect(await countApplications()).toBe(before);
  });

  it('scores the application, e-mails the applicant in their language and records the event', async () => {
    const { id, body } = await submitted();
    const detail = await as(t.app, manager()).get(`${API}/partner-applications/${id}`);
    expect(detail.statusCode, detail.body).toBe(200);
    expect(detail.json()).toMatchObject({
      status: 'new',
      companyName: body.companyName,
      industries: ['Manufacturing'],
      fitScore: 100,
      similarPartners: [],
    });
    expect(detail.json().scoreReasons).toContainEqual({
      criterion: 'region',
      isMatch: true,
      points: 30,
      maxPoints: 30,
      values: ['emea'],
    });
    const [mail] = await ownerQuery<{ subject: string; template: string }>(
      t.ownerUrl,
      'SELECT subject, template FROM email_outbox WHERE to_address = $1',
      [body.applicantEmail],
    );
    expect(mail).toMatchObject({ template: 'partner_application.received' });
    expect(mail!.subject).toContain('Bewerbung');
    const events = await ownerQuery<{ type: string; organisation_id: string | null }>(
      t.ownerUrl,
      'SELECT type, organisation_id FROM domain_events WHERE entity_id = $1',
      [id],
    );
    expect(events).toEqual([{ type: 'partner_application.submitted', organisation_id: null }]);
    // The channel team hears about it in the app; a partner never does.
    await dispatchPendingEvents({
      db: t.database.db,
      config: t.config,
      subscribers: [notifyOnEvent],
      jobs: { send: async () => undefined },
      clock: () => new Date(),
      log: () => undefined,
    });
    const notified = await ownerQuery<{ user_id: string; link: string }>(
      t.ownerUrl,
      `SELECT user_id, link FROM notifications WHERE type = 'partner_application.submitted' AND link LIKE $1`,
      [`%${id}`],
    );
    const recipients = notified.map((row) => row.user_id);
    expect(recipients).toContain(manager().userId);
    expect(recipients).toContain(world.vendor.admin.userId);
    expect(recipients).not.toContain(world.vendor.analyst.userId);
    expect(recipients).not.toContain(world.partnerA.users.partner_admin.userId);
  });

  it('names each invalid field and writes nothing', async () => {
    const before = await countApplications();
    const response = await submit(
      application({
        websiteDomain: 'not a domain',
        consent: false,
        partnerTypes: [],
        applicantEmail: 'nope',
      }),
    );
    expect(response.statusCode).toBe(400);
    const fields = (response.json().errors as { field: string }[]).map((error) => error.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'body.websiteDomain',
        'body.consent',
        'body.partnerTypes',
        'body.applicantEmail',
      ]),
    );
    const offered = await submit(application({ region: 'latam', industries: ['Mining'] }));
    expect(offered.statusCode).toBe(422);
    expect((offered.json().errors as { field: string }[]).map((error) => error.field)).toEqual([
      'body.region',
      'body.industries',
    ]);
    expect(await countApplications()).toBe(before);
  });

  it('drops what a bot sends through the hidden field, answering as if accepted', async () => {
    const before = await countApplications();
    const response = await submit(application({ url: 'http://spam.example' }));
    expect(response.statusCode).toBe(202);
    expect(response.json()).toEqual({ status: 'received' });
    expect(await countApplications()).toBe(before);
  });
});

describe('reviewing applications', () => {
  it('lists by score or date, filtered by status, with cursor pages', async () => {
    const weak = await submitted({ region: 'apac', partnerTypes: ['isv'], certifications: [] });
    const strong = await submitted();
    const byScore = await as(t.app, manager()).get(
      `${API}/partner-applications?status=new&sort=score&limit=1`,
    );
    expect(byScore.statusCode, byScore.body).toBe(200);
    const first = byScore.json();
    expect(first.data[0].fitScore).toBe(100);
    const ids: string[] = [first.data[0].id];
    let cursor = first.nextCursor as string | null;
    while (cursor) {
      const page = await as(t.app, manager()).get(
        `${API}/partner-applications?status=new&sort=score&limit=1&cursor=${cursor}`,
      );
      ids.push(page.json().data[0].id);
      cursor = page.json().nextCursor;
    }
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.indexOf(strong.id)).toBeLessThan(ids.indexOf(weak.id));
    const byDate = await as(t.app, manager()).get(`${API}/partner-applications?limit=2`);
    expect(byDate.json().data.map((row: { id: string }) => row.id)).toEqual([strong.id, weak.id]);
  });

  it('rescores open applications after the profile changes', async () => {
    const { id } = await submitted({ region: 'apac' });
    const current = await as(t.app, manager()).get(`${API}/ideal-partner-profile`);
    const changed = await as(t.app, manager()).put(
      `${API}/ideal-partner-profile`,
      { ...PROFILE, criteria: { ...PROFILE.criteria, region: { weight: 30, preferred: ['apac'] } } },
      { headers: { 'if-match': current.headers.etag as string } },
    );
    expect(changed.statusCode, changed.body).toBe(200);
    const stale = await as(t.app, manager()).put(`${API}/ideal-partner-profile`, PROFILE, {
      headers: { 'if-match': current.headers.etag as string },
    });
    expect(stale.statusCode).toBe(412);
    const rescored = await as(t.app, manager()).post(`${API}/partner-applications/rescore`);
    expect(rescored.json().rescored).toBeGreaterThan(0);
    expect((await as(t.app, manager()).get(`${API}/partner-applications/${id}`)).json().fitScore).toBe(100);
    await as(t.app, manager()).put(`${API}/ideal-partner-profile`, PROFILE);
  });

  it('refuses target regions the form does not offer, naming the field', async () => {
    const response = await as(t.app, manager()).put(`${API}/ideal-partner-profile`, {
      ...PROFILE,
      criteria: { ...PROFILE.criteria, region: { weight: 10, preferred: ['latam'] } },
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().errors[0].field).toBe('body.criteria.region.preferred');
  });

  it('warns about partners with the same domain or a very similar name', async () => {
    const { id } = await submitted({
      companyName: world.partnerA.name,
      websiteDomain: 'www.unrelated.example',
    });
    const detail = (await as(t.app, manager()).get(`${API}/partner-applications/${id}`)).json();
    expect(detail.similarPartners).toEqual([
      expect.objectContaining({ id: world.partnerA.id, isSameDomain: false, nameSimilarity: 1 }),
    ]);
  });
});

describe('approving', () => {
  it('creates the partner, invites the applicant as partner admin and records the event on the new partner', async () => {
    const { id, body } = await submitted();
    const detail = await as(t.app, manager()).get(`${API}/partner-applications/${id}`);
    const approved = await as(t.app, manager()).post(`${API}/partner-applications/${id}/approve`, undefined, {
      headers: { 'if-match': detail.headers.etag as string },
    });
    expect(approved.statusCode, approved.body).toBe(200);
    const organisationId = approved.json().partnerOrganisationId as string;
    expect(approved.json().status).toBe('approved');

    const partner = await as(t.app, manager()).get(`${API}/organisations/${organisationId}`);
    expect(partner.json()).toMatchObject({
      name: body.companyName,
      websiteDomain: body.websiteDomain,
      region: 'emea',
      country: 'DE',
      lifecycleStage: 'onboarding',
      partnerTypes: ['msp'],
      industries: ['Manufacturing'],
      certifications: ['ISO 27001'],
    });
    const [invitation] = await ownerQuery<{ role: string; organisation_id: string }>(
      t.ownerUrl,
      'SELECT role, organisation_id FROM invitations WHERE email = $1',
      [body.applicantEmail],
    );
    expect(invitation).toEqual({ role: 'partner_admin', organisation_id: organisationId });
    const [mail] = await ownerQuery<{ subject: string }>(
      t.ownerUrl,
      `SELECT subject FROM email_outbox WHERE to_address = $1 AND template = 'user.invited'`,
      [body.applicantEmail],
    );
    expect(mail!.subject).toContain('Einladung');
    const [event] = await ownerQuery<{
      organisation_id: string;
      data: { after: { organisationName: string } };
    }>(
      t.ownerUrl,
      `SELECT organisation_id, data FROM domain_events WHERE type = 'partner_application.approved' AND entity_id = $1`,
      [id],
    );
    expect(event!.organisation_id).toBe(organisationId);
    expect(event!.data.after.organisationName).toBe(body.companyName);

    const again = await as(t.app, manager()).post(`${API}/partner-applications/${id}/approve`);
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('partner_application_already_decided');
    const rejectNow = await as(t.app, manager()).post(`${API}/partner-applications/${id}/reject`, {
      message: 'Changed our mind',
    });
    expect(rejectNow.statusCode).toBe(409);
  });

  it('honours If-Match and leaves nothing behind when refused', async () => {
    const { id, body } = await submitted();
    const stale = await as(t.app, manager()).post(`${API}/partner-applications/${id}/approve`, undefined, {
      headers: { 'if-match': '"7"' },
    });
    expect(stale.statusCode).toBe(412);
    const organisations = await ownerQuery(t.ownerUrl, 'SELECT 1 FROM organisations WHERE name = $1', [
      body.companyName,
    ]);
    expect(organisations).toEqual([]);
  });
});

describe('rejecting', () => {
  it('e-mails the message to the applicant and records the event; a second decision is a conflict', async () => {
    const { id, body } = await submitted({ locale: 'fr' });
    const empty = await as(t.app, manager()).post(`${API}/partner-applications/${id}/reject`, {
      message: ' ',
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors[0].field).toBe('body.message');
    const rejected = await as(t.app, manager()).post(`${API}/partner-applications/${id}/reject`, {
      message: 'We already have enough resellers in Germany.',
    });
    expect(rejected.statusCode, rejected.body).toBe(200);
    expect(rejected.json()).toMatchObject({
      status: 'rejected',
      rejectionMessage: 'We already have enough resellers in Germany.',
    });
    const [mail] = await ownerQuery<{ subject: string; text_body: string }>(
      t.ownerUrl,
      `SELECT subject, text_body FROM email_outbox WHERE to_address = $1 AND template = 'partner_application.rejected'`,
      [body.applicantEmail],
    );
    expect(mail!.subject).toContain('candidature');
    expect(mail!.text_body).toContain('We already have enough resellers in Germany.');
    const events = await ownerQuery(
      t.ownerUrl,
      `SELECT 1 FROM domain_events WHERE type = 'partner_application.rejected' AND entity_id = $1`,
      [id],
    );
    expect(events).toHaveLength(1);
    const again = await as(t.app, manager()).post(`${API}/partner-applications/${id}/reject`, {
      message: 'Again',
    });
    expect(again.statusCode).toBe(409);
  });
});

describe('isolation', () => {
  it('keeps applications from partners, other roles and other workspaces', async () => {
    const { id } = await submitted();
    for (const principal of [
      world.partnerA.users.partner_admin,
      world.vendor.regional_manager,
      world.vendor.analyst,
    ]) {
      expect((await as(t.app, principal).get(`${API}/partner-applications/${id}`)).statusCode).toBe(403);
      expect((await as(t.app, principal).post(`${API}/partner-applications/${id}/approve`)).statusCode).toBe(
        403,
      );
    }
    const elsewhere = other.vendor.channel_manager;
    expect((await as(t.app, elsewhere).get(`${API}/partner-applications/${id}`)).statusCode).toBe(404);
    const list = await as(t.app, elsewhere).get(`${API}/partner-applications`);
    expect(list.json().data.map((row: { id: string }) => row.id)).not.toContain(id);
  });
});
