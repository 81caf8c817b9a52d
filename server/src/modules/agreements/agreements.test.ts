import { createHash } from 'node:crypto';
import { inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestWorkspace, type Principal, type TestWorkspace } from '../../../test/factories.ts';
import { createTestApp, ownerQuery, type TestApp } from '../../../test/harness.ts';
import { withTransaction } from '../../platform/context.ts';
import { topicFor } from '../notifications/notification-topics.ts';
import { appliesTo } from './applicability.ts';
import { hasAcceptedMandatoryAgreements } from './index.ts';

let t: TestApp;
let world: TestWorkspace;
let other: TestWorkspace;

beforeAll(async () => {
  t = await createTestApp();
  world = await createTestWorkspace(t.database.db);
  other = await createTestWorkspace(t.database.db, 'Globex');
});
afterAll(() => t.close());

const API = '/api/v1';
const manager = () => world.vendor.channel_manager;
const northwindAdmin = () => world.partnerA.users.partner_admin;
const contosoAdmin = () => world.partnerB.users.partner_admin;

type Version = { id: string; number: number; status: string; title: string; body: string };

async function createTemplate(body: Record<string, unknown>, by: Principal = manager()) {
  const response = await as(t.app, by).post(`${API}/agreement-templates`, {
    name: `Program terms ${Math.random().toString(36).slice(2)}`,
    ...body,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; version: number; name: string };
}

async function publishVersion(templateId: string, text: { title: string; body: string }) {
  const draft = await as(t.app, manager()).post(`${API}/agreement-templates/${templateId}/versions`, text);
  expect(draft.statusCode, draft.body).toBe(201);
  const published = await as(t.app, manager()).post(`${API}/agreement-versions/${draft.json().id}/publish`);
  expect(published.statusCode, published.body).toBe(200);
  return published.json() as Version;
}

async function pendingFor(by: Principal) {
  const response = await as(t.app, by).get(`${API}/agreements/pending`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json().data as {
    template: { id: string };
    version: Version;
    hasAcceptedEarlierVersion: boolean;
  }[];
}

const pendingTemplateIds = async (by: Principal) => (await pendingFor(by)).map((entry) => entry.template.id);

async function accept(versionId: string, by: Principal = northwindAdmin(), signerName = 'Nora Northwind') {
  return as(t.app, by).post(
    `${API}/agreement-versions/${versionId}/accept`,
    { signerName, agree: true },
    { headers: { 'user-agent': 'vitest-browser/1.0' } },
  );
}

/** The text a PDF draws: pdf-lib compresses content streams and writes standard-font text as hex. */
function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const texts: string[] = [];
  for (const match of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let content: string;
    try {
      content = inflateSync(Buffer.from(match[1]!, 'latin1')).toString('latin1');
    } catch {
      content = match[1]!;
    }
    for (const hex of content.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)) {
      texts.push(Buffer.from(hex[1]!, 'hex').toString('latin1'));
    }
  }
  return texts.join('\n');
}

describe('who an agreement applies to', () => {
  it.each([
    [{ regions: [], partnerTypes: [] }, { region: null, partnerTypes: [] }, true],
    [{ regions: ['emea'], partnerTypes: [] }, { region: 'emea', partnerTypes: [] }, true],
    [{ regions: ['emea'], partnerTypes: [] }, { region: 'apac', partnerTypes: [] }, false],
    [{ regions: ['emea'], partnerTypes: [] }, { region: null, partnerTypes: [] }, false],
    [
      { regions: [], partnerTypes: ['reseller'] },
      { region: 'emea', partnerTypes: ['msp', 'reseller'] },
      true,
    ],
    [{ regions: [], partnerTypes: ['reseller'] }, { region: 'emea', partnerTypes: ['msp'] }, false],
    [{ regions: ['emea'], partnerTypes: ['isv'] }, { region: 'emea', partnerTypes: ['msp'] }, false],
  ] as const)('%j applies to %j: %s', (template, partner, expected) => {
    expect(appliesTo(template, partner)).toBe(expected);
  });

  it('asks only the partners in the named regions and types to accept', async () => {
    await ownerQuery(t.ownerUrl, `UPDATE organisations SET partner_types = '{reseller}' WHERE id = $1`, [
      world.partnerB.id,
    ]);
    const emeaOnly = await createTemplate({ regions: ['emea'] });
    await publishVersion(emeaOnly.id, { title: 'EMEA terms', body: 'For EMEA partners.' });
    const resellers = await createTemplate({ partnerTypes: ['reseller'] });
    await publishVersion(resellers.id, { title: 'Reseller terms', body: 'For resellers.' });
    const draftOnly = await createTemplate({});

    const northwind = await pendingTemplateIds(northwindAdmin());
    const contoso = await pendingTemplateIds(contosoAdmin());
    expect(northwind).toContain(emeaOnly.id);
    expect(northwind).not.toContain(resellers.id);
    expect(contoso).toContain(resellers.id);
    expect(contoso).not.toContain(emeaOnly.id);
    expect([...northwind, ...contoso]).not.toContain(draftOnly.id);
    expect(await pendingTemplateIds(other.partnerA.users.partner_admin)).toEqual([]);
    expect(await pendingTemplateIds(manager())).toEqual([]);

    // One request per partner it applies to; its topic notifies that partner's admins only.
    const requests = await ownerQuery<{ organisation_id: string }>(
      t.ownerUrl,
      `SELECT organisation_id FROM domain_events WHERE type = 'agreement.acceptance_requested'
        AND entity_id IN (SELECT id FROM agreement_versions WHERE template_id = $1)`,
      [emeaOnly.id],
    );
    expect(requests).toEqual([{ organisation_id: world.partnerA.id }]);
    const topic = topicFor('agreement.acceptance_requested');
    expect(topic).toMatchObject({ partnerRoles: ['partner_admin'], vendorRoles: [] });
  });
});

describe('versions', () => {
  it('numbers drafts, lets them change, and freezes them once published', async () => {
    const template = await createTemplate({ regions: ['apac'] });
    const draft = await as(t.app, manager()).post(`${API}/agreement-templates/${template.id}/versions`, {
      title: 'Terms',
      body: 'Draft one',
    });
    expect(draft.json()).toMatchObject({ number: 1, status: 'draft', publishedAt: null });
    const second = await as(t.app, manager()).post(`${API}/agreement-templates/${template.id}/versions`, {
      title: 'Terms',
      body: 'Another draft',
    });
    expect(second.statusCode).toBe(409);
    const edited = await as(t.app, manager()).patch(`${API}/agreement-versions/${draft.json().id}`, {
      body: 'Final wording',
    });
    expect(edited.json()).toMatchObject({ body: 'Final wording', status: 'draft' });
    const published = await as(t.app, manager()).post(`${API}/agreement-versions/${draft.json().id}/publish`);
    expect(published.json()).toMatchObject({ status: 'published', number: 1 });

    const late = await as(t.app, manager()).patch(`${API}/agreement-versions/${draft.json().id}`, {
      body: 'Sneaky change',
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe('agreement_version_published');
    const again = await as(t.app, manager()).post(`${API}/agreement-versions/${draft.json().id}/publish`);
    expect(again.statusCode).toBe(409);

    const next = await as(t.app, manager()).post(`${API}/agreement-templates/${template.id}/versions`, {
      title: 'Terms',
      body: 'Version two',
    });
    expect(next.json()).toMatchObject({ number: 2, status: 'draft' });
    const list = await as(t.app, manager()).get(`${API}/agreement-templates/${template.id}/versions`);
    expect(list.json().data.map((version: Version) => version.number)).toEqual([2, 1]);

    const deleted = await as(t.app, manager()).delete(`${API}/agreement-templates/${template.id}`);
    expect(deleted.statusCode).toBe(409);
    const archived = await as(t.app, manager()).patch(
      `${API}/agreement-templates/${template.id}`,
      { status: 'archived' },
      { headers: { 'if-match': `"${template.version}"` } },
    );
    expect(archived.json()).toMatchObject({ status: 'archived', version: template.version + 1 });

    const unpublished = await createTemplate({});
    expect(
      (await as(t.app, manager()).delete(`${API}/agreement-templates/${unpublished.id}`)).statusCode,
    ).toBe(204);
  });

  it('refuses to publish text the PDF cannot print, naming the field', async () => {
    const template = await createTemplate({ regions: ['apac'] });
    const draft = await as(t.app, manager()).post(`${API}/agreement-templates/${template.id}/versions`, {
      title: 'Conditions générales — 2026 €',
      body: 'パートナー契約 and ✓ marks',
    });
    const refused = await as(t.app, manager()).post(`${API}/agreement-versions/${draft.json().id}/publish`);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().errors).toEqual([
      { field: 'body.body', message: expect.stringContaining('WinAnsi') },
    ]);
    expect(refused.json().detail).toContain('Western European');
  });

  it('is for agreement managers only', async () => {
    for (const caller of [world.vendor.sales_rep, northwindAdmin()]) {
      expect((await as(t.app, caller).get(`${API}/agreement-templates`)).statusCode).toBe(403);
      expect((await as(t.app, caller).post(`${API}/agreement-templates`, { name: 'X' })).statusCode).toBe(
        403,
      );
    }
  });
});

describe('accepting', () => {
  it('stores a PDF of the exact text with signer, time, IP and hashes, once per version', async () => {
    const template = await createTemplate({ regions: ['emea'] });
    const text = {
      title: 'Acme Partner Program Agreement',
      body: 'Partners shall be excellent.\n\nÜber alles: 5 €.',
    };
    const v1 = await publishVersion(template.id, text);

    const bySales = await accept(v1.id, world.partnerA.users.partner_sales);
    expect(bySales.statusCode).toBe(403);
    const byOtherPartner = await accept(v1.id, contosoAdmin());
    expect(byOtherPartner.statusCode).toBe(404);

    const accepted = await accept(v1.id);
    expect(accepted.statusCode, accepted.body).toBe(201);
    const acceptance = accepted.json();
    const textSha256 = createHash('sha256').update(`${text.title}\n\n${text.body}`).digest('hex');
    expect(acceptance).toMatchObject({
      organisationId: world.partnerA.id,
      versionId: v1.id,
      versionNumber: 1,
      signerName: 'Nora Northwind',
      signerEmail: northwindAdmin().email,
      userAgent: 'vitest-browser/1.0',
      textSha256,
    });
    expect(acceptance.ip).toBeTruthy();
    expect((await accept(v1.id)).statusCode).toBe(409);
    expect(await pendingTemplateIds(northwindAdmin())).not.toContain(template.id);

    const download = await as(t.app, world.partnerA.users.partner_sales).get(
      `${API}/agreement-acceptances/${acceptance.id}/pdf`,
    );
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    const pdf = download.rawPayload;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(createHash('sha256').update(pdf).digest('hex')).toBe(acceptance.pdfSha256);
    const printed = pdfText(pdf);
    expect(printed).toContain('Nora Northwind');
    expect(printed).toContain(textSha256);
    expect(printed).toContain('Partners shall be excellent.');
    expect(printed).toContain('Über alles: 5 €.'.replace('€', '\x80'));
    expect(printed).toContain(acceptance.acceptedAt);

    const audit = await ownerQuery<{ action: string }>(
      t.ownerUrl,
      'SELECT action FROM audit_events WHERE entity_id = $1',
      [acceptance.id],
    );
    expect(audit).toEqual([{ action: 'agreement.accepted' }]);
    const [privileges] = await ownerQuery(
      t.ownerUrl,
      `SELECT has_table_privilege('trellis_app', 'agreement_acceptances', 'UPDATE') AS can_update,
              has_table_privilege('trellis_app', 'agreement_acceptances', 'DELETE') AS can_delete`,
    );
    expect(privileges).toEqual({ can_update: false, can_delete: false });
  });

  it('asks again when a new version is published, and only the latest can be accepted', async () => {
    const template = await createTemplate({ regions: ['emea'] });
    const v1 = await publishVersion(template.id, { title: 'Terms', body: 'One' });
    expect((await accept(v1.id)).statusCode).toBe(201);
    const scope = { workspaceId: world.workspaceId, organisationId: world.partnerA.id };
    const system = {
      db: t.database.db,
      actor: { type: 'system' as const, workspaceId: world.workspaceId, reason: 'test' },
    };

    const v2 = await publishVersion(template.id, { title: 'Terms', body: 'Two' });
    const pending = (await pendingFor(northwindAdmin())).find((entry) => entry.template.id === template.id);
    expect(pending).toMatchObject({ version: { id: v2.id, number: 2 }, hasAcceptedEarlierVersion: true });
    expect((await accept(v1.id)).statusCode).toBe(404);
    expect(await withTransaction(system, (tx) => hasAcceptedMandatoryAgreements(tx, scope))).toBe(false);

    expect((await accept(v2.id)).statusCode).toBe(201);
    const history = await as(t.app, northwindAdmin()).get(
      `${API}/agreement-acceptances?templateId=${template.id}`,
    );
    expect(history.json().data.map((row: { versionNumber: number }) => row.versionNumber)).toEqual([2, 1]);
    const vendorView = await as(t.app, manager()).get(
      `${API}/agreement-acceptances?organisationId=${world.partnerA.id}&versionId=${v2.id}`,
    );
    expect(vendorView.json().data).toHaveLength(1);
  });

  it('gates on mandatory agreements only', async () => {
    const fresh = await createTestWorkspace(t.database.db, 'Initech');
    const scope = { workspaceId: fresh.workspaceId, organisationId: fresh.partnerA.id };
    const system = {
      db: t.database.db,
      actor: { type: 'system' as const, workspaceId: fresh.workspaceId, reason: 'test' },
    };
    const gate = () => withTransaction(system, (tx) => hasAcceptedMandatoryAgreements(tx, scope));
    const freshManager = fresh.vendor.channel_manager;
    expect(await gate()).toBe(true);

    const optional = await createTemplate({ isMandatory: false }, freshManager);
    const mandatory = await createTemplate({}, freshManager);
    const publish = async (templateId: string) => {
      const draft = await as(t.app, freshManager).post(`${API}/agreement-templates/${templateId}/versions`, {
        title: 'T',
        body: 'B',
      });
      return (
        await as(t.app, freshManager).post(`${API}/agreement-versions/${draft.json().id}/publish`)
      ).json();
    };
    await publish(optional.id);
    expect(await gate()).toBe(true);
    const required = await publish(mandatory.id);
    expect(await gate()).toBe(false);
    expect((await accept(required.id, fresh.partnerA.users.partner_admin)).statusCode).toBe(201);
    expect(await gate()).toBe(true);
  });

  it("keeps each partner's acceptances and PDFs to itself", async () => {
    const template = await createTemplate({});
    const version = await publishVersion(template.id, { title: 'Shared terms', body: 'Everyone' });
    const contoso = (await accept(version.id, contosoAdmin(), 'Carl Contoso')).json();
    const northwind = (await accept(version.id)).json();

    const theirs = await as(t.app, northwindAdmin()).get(`${API}/agreement-acceptances/${contoso.id}/pdf`);
    expect(theirs.statusCode).toBe(404);
    const mine = await as(t.app, northwindAdmin()).get(`${API}/agreement-acceptances?limit=200`);
    const ids = mine.json().data.map((row: { id: string }) => row.id);
    expect(ids).toContain(northwind.id);
    expect(ids).not.toContain(contoso.id);
    const asking = await as(t.app, northwindAdmin()).get(
      `${API}/agreement-acceptances?organisationId=${world.partnerB.id}`,
    );
    expect(asking.json().data.map((row: { id: string }) => row.id)).not.toContain(contoso.id);

    expect(
      (await as(t.app, manager()).get(`${API}/agreement-acceptances/${contoso.id}/pdf`)).statusCode,
    ).toBe(200);
    expect(
      (await as(t.app, world.vendor.sales_rep).get(`${API}/agreement-acceptances/${contoso.id}/pdf`))
        .statusCode,
    ).toBe(403);
    const otherVendor = other.vendor.owner;
    expect(
      (await as(t.app, otherVendor).get(`${API}/agreement-acceptances/${contoso.id}/pdf`)).statusCode,
    ).toBe(404);
  });

  it('refuses a signer name the PDF cannot print', async () => {
    const template = await createTemplate({ regions: ['north-america'] });
    const version = await publishVersion(template.id, { title: 'Terms', body: 'Text' });
    const refused = await accept(version.id, contosoAdmin(), '山田 太郎');
    expect(refused.statusCode).toBe(422);
    expect(refused.json().errors[0].field).toBe('body.signerName');
  });
});
