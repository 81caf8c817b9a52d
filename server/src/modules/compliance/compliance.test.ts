import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestWorkspace, type Principal, type TestWorkspace } from '../../../test/factories.ts';
import { createTestApp, ownerQuery, type TestApp } from '../../../test/harness.ts';
import { recordChange } from '../../platform/audit.ts';
import { type Ctx, withTransaction } from '../../platform/context.ts';
import type { JobQueue } from '../../platform/jobs/job-queue.ts';
import { dispatchPendingEvents } from '../events/dispatch-events.ts';
import { notifyOnEvent } from '../notifications/notify-on-event.ts';
import { checkComplianceExpiry, complianceStatus, screenAllPartnersJob, screenOnEvents } from './index.ts';

let t: TestApp;
let world: TestWorkspace;

beforeAll(async () => {
  t = await createTestApp();
  world = await createTestWorkspace(t.database.db);
});
afterAll(() => t.close());

const API = '/api/v1';
const manager = () => world.vendor.channel_manager;
const northwind = () => world.partnerA.users.partner_admin;
const contoso = () => world.partnerB.users.partner_admin;
const PDF = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n');
const asDataUrl = (bytes: Buffer, type = 'application/pdf') =>
  `data:${type};base64,${bytes.toString('base64')}`;
const unique = () => Math.random().toString(36).slice(2, 8);

async function createRequirement(body: Record<string, unknown>, workspace = world) {
  const response = await as(t.app, workspace.vendor.channel_manager).post(`${API}/compliance-requirements`, {
    name: `Insurance ${unique()}`,
    ...body,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; version: number };
}

async function submit(by: Principal, requirementId: string, extra: Record<string, unknown> = {}) {
  return as(t.app, by).post(`${API}/compliance-documents`, {
    requirementId,
    file: asDataUrl(PDF),
    fileName: 'certificate.pdf',
    ...extra,
  });
}

async function submitted(by: Principal, requirementId: string, extra: Record<string, unknown> = {}) {
  const response = await submit(by, requirementId, extra);
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; status: string; expiresOn: string | null; sha256: string };
}

async function approve(documentId: string, by: Principal = manager()) {
  const response = await as(t.app, by).post(`${API}/compliance-documents/${documentId}/approve`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as { status: string };
}

const eventsOf = (entityId: string) =>
  ownerQuery<{ type: string; organisation_id: string | null }>(
    t.ownerUrl,
    'SELECT type, organisation_id FROM domain_events WHERE entity_id = $1 ORDER BY id',
    [entityId],
  );

const systemCtx = (workspaceId: string): Ctx => ({
  db: t.database.db,
  actor: { type: 'system', workspaceId, reason: 'test' },
});

describe('requirements catalogue', () => {
  it('names each invalid field, and only compliance managers may write', async () => {
    const invalid = await as(t.app, manager()).post(`${API}/compliance-requirements`, {
      name: '',
      validityMonths: 0,
      reminderDaysBeforeExpiry: -1,
      partnerTypes: ['astronaut'],
    });
    expect(invalid.statusCode).toBe(400);
    const fields = (invalid.json().errors as { field: string }[]).map((problem) => problem.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'body.name',
        'body.validityMonths',
        'body.reminderDaysBeforeExpiry',
        'body.partnerTypes.0',
      ]),
    );
    const refused = await as(t.app, world.vendor.sales_rep).post(`${API}/compliance-requirements`, {
      name: 'DPA',
    });
    expect(refused.statusCode).toBe(403);
    const partner = await as(t.app, northwind()).get(`${API}/compliance-requirements`);
    expect(partner.statusCode).toBe(403);
  });

  it('updates with If-Match, audits, and refuses to delete a requirement partners submitted against', async () => {
    const requirement = await createRequirement({ regions: ['emea'], validityMonths: 12 });
    const stale = await as(t.app, manager()).patch(
      `${API}/compliance-requirements/${requirement.id}`,
      { isMandatory: false },
      { headers: { 'if-match': '"7"' } },
    );
    expect(stale.statusCode).toBe(412);
    const updated = await as(t.app, manager()).patch(
      `${API}/compliance-requirements/${requirement.id}`,
      { description: 'Liability insurance of at least 1M', reminderDaysBeforeExpiry: 45 },
      { headers: { 'if-match': `"${requirement.version}"` } },
    );
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json()).toMatchObject({ reminderDaysBeforeExpiry: 45, version: 2 });
    expect((await eventsOf(requirement.id)).map((event) => event.type)).toEqual([
      'compliance_requirement.created',
      'compliance_requirement.updated',
    ]);

    await submitted(northwind(), requirement.id);
    const inUse = await as(t.app, manager()).delete(`${API}/compliance-requirements/${requirement.id}`);
    expect(inUse.statusCode).toBe(409);
    const unused = await createRequirement({});
    expect(
      (await as(t.app, manager()).delete(`${API}/compliance-requirements/${unused.id}`)).statusCode,
    ).toBe(204);
  });
});

describe('submitting documents', () => {
  it('stores the file with its SHA-256 and an expiry from the validity; the partner and reviewers download it', async () => {
    const requirement = await createRequirement({ regions: ['emea'], validityMonths: 12 });
    const document = await submitted(northwind(), requirement.id, { issuedOn: '2026-01-31' });
    expect(document).toMatchObject({
      status: 'submitted',
      expiresOn: '2027-01-31',
      sha256: createHash('sha256').update(PDF).digest('hex'),
    });
    for (const reader of [northwind(), manager()]) {
      const download = await as(t.app, reader).get(`${API}/compliance-documents/${document.id}/file`);
      expect(download.statusCode).toBe(200);
      expect(download.headers['content-type']).toBe('application/pdf');
      expect(download.rawPayload.equals(PDF)).toBe(true);
    }
    // Another partner, and vendor staff who are not reviewers, cannot.
    expect(
      (await as(t.app, contoso()).get(`${API}/compliance-documents/${document.id}/file`)).statusCode,
    ).toBe(404);
    expect(
      (await as(t.app, world.vendor.analyst).get(`${API}/compliance-documents/${document.id}/file`))
        .statusCode,
    ).toBe(403);
    expect(await eventsOf(document.id)).toEqual([
      { type: 'compliance_document.submitted', organisation_id: world.partnerA.id },
    ]);
  });

  it('refuses an HTML file named .pdf, an oversized file and a missing file, naming the field', async () => {
    const requirement = await createRequirement({ regions: ['emea'] });
    const html = await submit(northwind(), requirement.id, {
      file: asDataUrl(Buffer.from('<html><body>not a pdf</body></html>')),
      fileName: 'invoice.pdf',
    });
    expect(html.statusCode).toBe(422);
    expect(html.json().errors).toEqual([{ field: 'body.file', message: 'is not a PDF, PNG or JPEG file' }]);

    const big = Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]);
    const tooBig = await submit(northwind(), requirement.id, { file: asDataUrl(big) });
    expect(tooBig.statusCode).toBe(422);
    expect(tooBig.json().errors).toEqual([{ field: 'body.file', message: 'must be at most 10 MB' }]);

    const missing = await submit(northwind(), requirement.id, { file: undefined, fileName: undefined });
    expect(missing.statusCode).toBe(422);
    expect(missing.json().errors[0].field).toBe('body.file');

    const huge = await submit(northwind(), requirement.id, { file: 'x'.repeat(20 * 1024 * 1024) });
    expect(huge.statusCode).toBe(413);
  });

  it('lets a partner attest without a file where no document is needed', async () => {
    const requirement = await createRequirement({ regions: ['emea'], isDocumentRequired: false });
    const attestation = await submit(northwind(), requirement.id, { file: undefined, fileName: undefined });
    expect(attestation.statusCode, attestation.body).toBe(201);
    expect(attestation.json()).toMatchObject({ fileName: null, sha256: null });
  });

  it('keeps partners apart: another partner cannot submit for, list or review the first one', async () => {
    const requirement = await createRequirement({ regions: ['emea'] });
    const document = await submitted(northwind(), requirement.id);
    // The requirement is Northwind's (EMEA) alone; to Contoso it does not exist.
    expect((await submit(contoso(), requirement.id)).statusCode).toBe(404);
    const listed = await as(t.app, contoso()).get(
      `${API}/compliance-documents?organisationId=${world.partnerA.id}`,
    );
    expect(listed.statusCode).toBe(200);
    expect(listed.body).not.toContain(document.id);
    expect(
      (await as(t.app, contoso()).get(`${API}/compliance/partners/${world.partnerA.id}`)).statusCode,
    ).toBe(404);
    expect(
      (await as(t.app, contoso()).post(`${API}/compliance-documents/${document.id}/approve`)).statusCode,
    ).toBe(403);
    // Partner sales people do not handle compliance at all.
    expect((await submit(world.partnerA.users.partner_sales, requirement.id)).statusCode).toBe(403);
    // Vendor staff review; they do not submit.
    expect((await submit(manager(), requirement.id)).statusCode).toBe(403);
  });

  it('approves and rejects with a reason; a new submission supersedes a pending one, history kept', async () => {
    const requirementName = `Anti-bribery statement ${unique()}`;
    const requirement = await createRequirement({ regions: ['emea'], name: requirementName });
    const first = await submitted(northwind(), requirement.id);
    const rejected = await as(t.app, manager()).post(`${API}/compliance-documents/${first.id}/reject`, {
      reason: '',
    });
    expect(rejected.statusCode).toBe(400);
    expect(rejected.json().errors[0].field).toBe('body.reason');
    const refused = await as(t.app, manager()).post(`${API}/compliance-documents/${first.id}/reject`, {
      reason: 'The certificate is unsigned',
    });
    expect(refused.json()).toMatchObject({
      status: 'rejected',
      rejectionReason: 'The certificate is unsigned',
    });

    const second = await submitted(northwind(), requirement.id);
    const third = await submitted(northwind(), requirement.id);
    await approve(third.id);
    const again = await as(t.app, manager()).post(`${API}/compliance-documents/${second.id}/approve`);
    expect(again.statusCode).toBe(409);
    const renewal = await submitted(northwind(), requirement.id);
    await approve(renewal.id);

    const history = await as(t.app, northwind()).get(
      `${API}/compliance-documents?requirementId=${requirement.id}`,
    );
    expect(history.json().data.map((row: { id: string; status: string }) => [row.id, row.status])).toEqual([
      [renewal.id, 'approved'],
      [third.id, 'superseded'],
      [second.id, 'superseded'],
      [first.id, 'rejected'],
    ]);
    expect((await eventsOf(first.id)).map((event) => event.type)).toEqual([
      'compliance_document.submitted',
      'compliance_document.rejected',
    ]);
    // The partner's admin hears of the rejection by e-mail, with the reason; reviewers of submissions.
    const noJobs: JobQueue = { send: async () => undefined };
    while (
      (await dispatchPendingEvents({
        db: t.database.db,
        config: t.config,
        subscribers: [notifyOnEvent],
        jobs: noJobs,
        clock: () => new Date(),
        log: () => undefined,
      })) > 0
    );
    const mails = await ownerQuery<{ to_address: string; subject: string; text_body: string }>(
      t.ownerUrl,
      'SELECT to_address, subject, text_body FROM email_outbox WHERE subject LIKE $1',
      [`%${requirementName}%`],
    );
    expect(mails).toContainEqual(
      expect.objectContaining({
        to_address: northwind().email,
        subject: `Rejected: ${requirementName}`,
        text_body: expect.stringContaining('Reason: The certificate is unsigned'),
      }),
    );
    expect(mails.map((mail) => mail.to_address)).toContain(manager().email);
    expect(mails.map((mail) => mail.to_address)).not.toContain(contoso().email);
    expect((await eventsOf(renewal.id)).at(-1)).toEqual({
      type: 'compliance_document.approved',
      organisation_id: world.partnerA.id,
    });
  });
});

describe('the compliance gate', () => {
  it('is false while a mandatory requirement is missing, pending or expired, true once approved; optional and other-region ones do not count', async () => {
    const gate = await createTestWorkspace(t.database.db, 'Gate');
    const partnerId = gate.partnerA.id;
    const admin = gate.partnerA.users.partner_admin;
    const check = (now = new Date()) =>
      withTransaction(
        systemCtx(gate.workspaceId),
        async (tx) => (await complianceStatus(tx, partnerId, { now }))?.isCompliant,
      );

    expect(await check()).toBe(true);
    await createRequirement({ regions: ['north-america'] }, gate);
    await createRequirement({ isMandatory: false }, gate);
    expect(await check()).toBe(true);

    const mandatory = await createRequirement({ regions: ['emea'], validityMonths: 12 }, gate);
    expect(await check()).toBe(false);
    const document = await submitted(admin, mandatory.id, { issuedOn: '2026-01-01' });
    expect(await check(new Date('2026-02-01T00:00:00Z'))).toBe(false);
    await approve(document.id, gate.vendor.channel_manager);
    expect(await check(new Date('2026-02-01T00:00:00Z'))).toBe(true);
    expect(await check(new Date('2027-01-01T00:00:00Z'))).toBe(false);

    // The partner reads the same answer in its own transaction; the vendor is never a compliant partner.
    const own = await as(t.app, admin).get(`${API}/compliance/partners/${partnerId}`);
    expect(own.statusCode).toBe(200);
    expect(own.json().requirements).toHaveLength(2);
    const vendor = await withTransaction(systemCtx(gate.workspaceId), (tx) =>
      complianceStatus(tx, gate.vendorOrganisationId),
    );
    expect(vendor).toBeNull();

    const overview = await as(t.app, gate.vendor.finance).get(
      `${API}/compliance/partners?status=non_compliant`,
    );
    expect(overview.statusCode).toBe(200);
    // Only the North American partner misses its (mandatory) requirement.
    expect(overview.json().data.map((row: { organisationId: string }) => row.organisationId)).toEqual([
      gate.partnerB.id,
    ]);
  });
});

describe('expiry check', () => {
  it('reminds once inside the window and expires once past the day, however often it runs', async () => {
    const requirement = await createRequirement({
      regions: ['emea'],
      validityMonths: 12,
      reminderDaysBeforeExpiry: 30,
    });
    const document = await submitted(northwind(), requirement.id, { issuedOn: '2026-03-01' });
    await approve(document.id);
    const run = (day: string) =>
      checkComplianceExpiry({ db: t.database.db, now: new Date(`${day}T02:15:00Z`) });

    await run('2027-01-15');
    expect((await eventsOf(document.id)).map((event) => event.type)).not.toContain(
      'compliance_document.expiring',
    );
    await run('2027-02-10');
    await run('2027-02-11');
    await run('2027-03-01');
    await run('2027-03-02');
    const types = (await eventsOf(document.id)).map((event) => event.type);
    expect(types.filter((type) => type === 'compliance_document.expiring')).toHaveLength(1);
    expect(types.filter((type) => type === 'compliance_document.expired')).toHaveLength(1);
    const [row] = await ownerQuery<{ status: string }>(
      t.ownerUrl,
      'SELECT status FROM compliance_documents WHERE id = $1',
      [document.id],
    );
    expect(row!.status).toBe('expired');
    expect((await eventsOf(document.id)).at(-1)!.organisation_id).toBe(world.partnerA.id);
  });
});

describe('sanctions screening', () => {
  const sent: { name: string; payload: unknown }[] = [];
  const jobs: JobQueue = {
    send: async (_tx, job, payload) => void sent.push({ name: job.name, payload }),
  };
  const drain = async () => {
    while (
      (await dispatchPendingEvents({
        db: t.database.db,
        config: t.config,
        subscribers: [screenOnEvents],
        jobs,
        clock: () => new Date(),
        log: () => undefined,
      })) > 0
    );
  };
  const hitsOf = async (organisationId: string) =>
    (await as(t.app, manager()).get(`${API}/sanctions-hits?organisationId=${organisationId}`)).json()
      .data as {
      id: string;
      entryName: string;
      score: number;
      status: string;
    }[];

  it('screens every partner again when an import run ends, since imported partners arrive in batches', async () => {
    const ctx: Ctx = {
      db: t.database.db,
      actor: { type: 'system', workspaceId: world.workspaceId, reason: 'test' },
    };
    // What the import job records when its last batch is in.
    await withTransaction(ctx, (tx) =>
      recordChange(tx, ctx, {
        action: 'partner_import.completed',
        entityType: 'partner_import',
        entityId: 'import_01jtestimport000000000000',
        organisationId: null,
        after: { status: 'completed' },
      }),
    );
    sent.length = 0;
    await drain();
    expect(sent).toEqual([{ name: screenAllPartnersJob.name, payload: { workspaceId: world.workspaceId } }]);
  });

  it('replaces the list, screens every partner after an upload, each new partner, and on demand', async () => {
    const refused = await as(t.app, manager()).put(`${API}/sanctions-list`, {
      fileName: 'x.csv',
      csv: 'country\nIR\n',
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().errors[0].field).toBe('body.csv');

    await as(t.app, manager()).put(`${API}/sanctions-list`, {
      fileName: 'old.csv',
      csv: 'name\nSomebody Else\n',
    });
    const uploaded = await as(t.app, manager()).put(`${API}/sanctions-list`, {
      fileName: 'ofac.csv',
      csv: 'name,aliases,country,source,reference\n"ACME TRADING LLC","Acme Trade",IR,OFAC SDN,12345\nRosewood Holdings,,RU,EU,EU-9\n',
    });
    expect(uploaded.statusCode, uploaded.body).toBe(200);
    expect(uploaded.json().upload).toMatchObject({
      fileName: 'ofac.csv',
      entryCount: 2,
      matchThreshold: 0.6,
    });
    expect((await as(t.app, northwind()).get(`${API}/sanctions-list`)).statusCode).toBe(403);

    sent.length = 0;
    await drain();
    // One screening of every partner per upload.
    expect(sent).toHaveLength(2);
    expect(sent).toContainEqual({
      name: screenAllPartnersJob.name,
      payload: { workspaceId: world.workspaceId },
    });

    const admin = as(t.app, world.vendor.admin);
    const suspect = await admin.post(`${API}/organisations`, { name: 'Acme Trading L.L.C.', region: 'emea' });
    const innocent = await admin.post(`${API}/organisations`, {
      name: 'Blue Harbour Analytics',
      region: 'emea',
    });
    await drain();
    const hits = await hitsOf(suspect.json().id);
    expect(hits).toEqual([
      expect.objectContaining({ entryName: 'ACME TRADING LLC', score: 1, status: 'open' }),
    ]);
    expect(await hitsOf(innocent.json().id)).toEqual([]);
    const [event] = await eventsOf(hits[0]!.id);
    expect(event).toEqual({ type: 'sanctions_hit.recorded', organisation_id: null });

    // On demand and in the job: the same party is never recorded twice.
    const screened = await as(t.app, manager()).post(
      `${API}/compliance/partners/${suspect.json().id}/screen`,
    );
    expect(screened.statusCode, screened.body).toBe(200);
    expect(screened.json().hits).toHaveLength(1);
    await screenAllPartnersJob.handler(
      { workspaceId: world.workspaceId },
      {
        db: t.database.db,
        config: t.config,
        secret: '',
        queue: jobs,
        clock: () => new Date(),
        log: () => undefined,
        attempt: 1,
        isLastAttempt: false,
      },
    );
    expect(await hitsOf(suspect.json().id)).toHaveLength(1);

    // A renamed partner is screened again.
    const renamed = await admin.patch(`${API}/organisations/${innocent.json().id}`, {
      legalName: 'Rosewood Holdings Ltd',
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    await drain();
    expect((await hitsOf(innocent.json().id)).map((hit) => hit.entryName)).toEqual(['Rosewood Holdings']);
  });

  it('clears a false positive and confirms a match, which makes the partner non-compliant; partners never see hits', async () => {
    const admin = as(t.app, world.vendor.admin);
    const name = `Zyxel Quantum Freight ${unique()}`;
    await as(t.app, manager()).put(`${API}/sanctions-list`, {
      fileName: 'list.csv',
      csv: `name,source,reference\n"${name.toUpperCase()} LTD",UN,UN-1\n"${name} GmbH",EU,EU-2\n`,
    });
    // A region without requirements: only the sanctions decision counts here.
    const partner = (await admin.post(`${API}/organisations`, { name, region: 'latam' })).json() as {
      id: string;
    };
    const screened = await as(t.app, manager()).post(`${API}/compliance/partners/${partner.id}/screen`);
    const [first, second] = screened.json().hits as { id: string }[];
    expect(second).toBeDefined();

    const noNote = await as(t.app, manager()).post(`${API}/sanctions-hits/${first!.id}/clear`, { note: ' ' });
    expect(noNote.statusCode).toBe(400);
    expect(noNote.json().errors[0].field).toBe('body.note');
    const cleared = await as(t.app, manager()).post(`${API}/sanctions-hits/${first!.id}/clear`, {
      note: 'Different company, different country',
    });
    expect(cleared.json()).toMatchObject({
      status: 'cleared',
      resolutionNote: 'Different company, different country',
    });
    expect(
      (await as(t.app, manager()).post(`${API}/sanctions-hits/${first!.id}/confirm`, { note: 'x' }))
        .statusCode,
    ).toBe(409);
    const isPartnerCompliant = () =>
      withTransaction(
        systemCtx(world.workspaceId),
        async (tx) => (await complianceStatus(tx, partner.id))?.isCompliant,
      );
    expect(await isPartnerCompliant()).toBe(true);
    await as(t.app, manager()).post(`${API}/sanctions-hits/${second!.id}/confirm`, {
      note: 'Same registration number',
    });
    expect(await isPartnerCompliant()).toBe(false);
    const overview = await as(t.app, manager()).get(
      `${API}/compliance/partners?status=non_compliant&limit=200`,
    );
    expect(overview.json().data).toContainEqual(
      expect.objectContaining({ organisationId: partner.id, isOnHold: true, isCompliant: false }),
    );
    expect((await eventsOf(second!.id)).map((event) => event.type)).toEqual([
      'sanctions_hit.recorded',
      'sanctions_hit.confirmed',
    ]);
    expect((await as(t.app, northwind()).get(`${API}/sanctions-hits`)).statusCode).toBe(403);
    const asPartner = await ownerQuery(t.ownerUrl, 'SELECT count(*)::int AS n FROM sanctions_hits');
    expect(asPartner[0]!.n).toBeGreaterThan(0);
  });
});
