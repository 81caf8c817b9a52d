import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestWorkspace, type Principal, type TestWorkspace } from '../../../test/factories.ts';
import { createTestApp, ownerQuery, runTrellis, type TestApp } from '../../../test/harness.ts';
import type { Ctx } from '../../platform/context.ts';
import { DomainError } from '../../platform/errors.ts';
import { dispatchPendingEvents } from '../events/dispatch-events.ts';
import { suggestMapping } from './import-fields.ts';
import { enqueuePartnerImports, processPartnerImport, storePartnerImport } from './index.ts';

let t: TestApp;
let world: TestWorkspace;
let other: TestWorkspace;

const API = '/api/v1';
const manager = () => world.vendor.channel_manager;
let suffix = 0;
const unique = () => `${Date.now().toString(36)}${(suffix++).toString(36)}`;

beforeAll(async () => {
  t = await createTestApp();
  world = await createTestWorkspace(t.database.db);
  other = await createTestWorkspace(t.database.db, 'Initech');
});
afterAll(() => t.close());

type ImportDto = {
  id: string;
  status: string;
  version: number;
  columns: string[];
  mapping: Record<string, string>;
  rowCount: number;
  counts: Record<string, number>;
  pendingDuplicates: number | null;
};
type RowDto = {
  rowNumber: number;
  status: string;
  errors: { field: string; column: string | null; message: string }[];
  match: {
    reason: string;
    score: number;
    candidate: { id: string; name: string } | null;
    duplicateOfRow: number | null;
  } | null;
  outcome: string | null;
  resultId: string | null;
};

async function addPartner(by: Principal, body: Record<string, unknown>) {
  const response = await as(t.app, by).post(`${API}/organisations`, body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; name: string; version: number };
}

async function upload(fileName: string, content: Buffer | string, by: Principal = manager()) {
  return as(t.app, by).post(`${API}/partner-imports`, {
    fileName,
    content: Buffer.from(content).toString('base64'),
  });
}

/** Upload, keep the suggested mapping, and check every row, as the job would. */
async function uploadAndValidate(fileName: string, content: Buffer | string, by: Principal = manager()) {
  const uploaded = await upload(fileName, content, by);
  expect(uploaded.statusCode, uploaded.body).toBe(201);
  const created = uploaded.json() as ImportDto;
  const mapped = await as(t.app, by).put(`${API}/partner-imports/${created.id}/mapping`, {
    mapping: created.mapping,
  });
  expect(mapped.statusCode, mapped.body).toBe(200);
  await processPartnerImport({ db: t.database.db, workspaceId: by.workspaceId, importId: created.id });
  return getImport(created.id, by);
}

async function getImport(id: string, by: Principal = manager()) {
  const response = await as(t.app, by).get(`${API}/partner-imports/${id}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as ImportDto;
}

async function rowsOf(id: string, query = '', by: Principal = manager()) {
  const response = await as(t.app, by).get(`${API}/partner-imports/${id}/rows?limit=200${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json().data as RowDto[];
}

async function decide(id: string, decisions: unknown[], by: Principal = manager()) {
  const response = await as(t.app, by).post(`${API}/partner-imports/${id}/decisions`, { decisions });
  expect(response.statusCode, response.body).toBe(200);
  await processPartnerImport({ db: t.database.db, workspaceId: by.workspaceId, importId: id });
  return getImport(id, by);
}

const partnersNamed = async (workspaceId: string, pattern: string) =>
  ownerQuery<{
    id: string;
    name: string;
    website_domain: string | null;
    country: string | null;
    tier: string | null;
  }>(
    t.ownerUrl,
    `SELECT id, name, website_domain, country, tier FROM organisations WHERE workspace_id = $1 AND name ILIKE $2 ORDER BY name`,
    [workspaceId, pattern],
  );

describe('column mapping', () => {
  it('proposes fields for the headers people use', () => {
    expect(
      suggestMapping([
        'Company name',
        'Website',
        'Country',
        'Partner type',
        'Tier',
        'Contact e-mail',
        'Notes',
      ]),
    ).toEqual({
      'Company name': 'name',
      Website: 'websiteDomain',
      Country: 'country',
      'Partner type': 'partnerTypes',
      Tier: 'tier',
      'Contact e-mail': 'contactEmail',
    });
  });
});

describe('importing a CSV with bad rows and near-duplicates', () => {
  let importId: string;
  let globex: { id: string; version: number };
  let tag: string;

  beforeAll(async () => {
    tag = unique();
    globex = await addPartner(manager(), {
      name: `Globex ${tag} Limited`,
      websiteDomain: `globex-${tag}.example`,
      region: 'emea',
    });
    const csv = [
      'Company,Website,Country,Partner type,Tier,Contact e-mail',
      `Initrode ${tag} GmbH,https://www.initrode-${tag}.example/about,DE,reseller,gold,ina@initrode.example`,
      `Globex ${tag} Ltd,,GB,msp,silver,`,
      `Hooli ${tag},www.globex-${tag}.example,US,isv,,`,
      `Bad Country ${tag},bad-country-${tag}.example,Germany,reseller,,`,
      `,no-name-${tag}.example,FR,,,`,
      `Vandelay ${tag} Inc.,vandelay-${tag}.example,US,"reseller;msp",platinum,not-an-email`,
      `Initrode ${tag},initrode-${tag}.example,DE,,,`,
    ].join('\r\n');
    const validated = await uploadAndValidate(`partners-${tag}.csv`, csv);
    importId = validated.id;
  });

  it('checks every row and names each bad row, field and reason', async () => {
    const imported = await getImport(importId);
    expect(imported.status).toBe('ready_for_review');
    expect(imported.counts).toMatchObject({ valid: 1, invalid: 3, duplicates: 3 });
    const invalid = await rowsOf(importId, '&status=invalid');
    expect(
      invalid.map((row) => [row.rowNumber, row.errors.map((error) => [error.field, error.column])]),
    ).toEqual([
      [5, [['country', 'Country']]],
      [6, [['name', 'Company']]],
      [7, [['contactEmail', 'Contact e-mail']]],
    ]);
    expect(invalid[0]!.errors[0]!.message).toMatch(/ISO 3166/);
    expect(invalid[1]!.errors[0]!.message).toBe('is required');
  });

  it('proposes duplicates of existing partners and of earlier rows, without merging anything', async () => {
    const duplicates = await rowsOf(importId, '&status=duplicate');
    expect(
      duplicates.map((row) => [
        row.rowNumber,
        row.match?.reason,
        row.match?.candidate?.id ?? row.match?.duplicateOfRow,
      ]),
    ).toEqual([
      [3, 'same_name', globex.id],
      [4, 'same_domain', globex.id],
      [8, 'same_domain_in_file', 2],
    ]);
    expect(duplicates.every((row) => row.outcome === null)).toBe(true);
    expect((await partnersNamed(world.workspaceId, `%${tag}%`)).map((row) => row.name)).toEqual([
      `Globex ${tag} Limited`,
    ]);
  });

  it('offers the rows that cannot be imported as CSV with a column saying why', async () => {
    const response = await as(t.app, manager()).get(`${API}/partner-imports/${importId}/invalid-rows`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    const lines = response.body.trim().split('\r\n');
    expect(lines[0]).toBe('Company,Website,Country,Partner type,Tier,Contact e-mail,Problems');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toContain(`Bad Country ${tag}`);
    expect(lines[1]).toMatch(/Row 5, Country: must be an ISO 3166/);
  });

  it('imports the good rows and carries out each decision; a merge is audited with before and after', async () => {
    const finished = await decide(importId, [
      { rowNumber: 3, decision: 'merge', overwriteFields: ['tier'] },
      { rowNumber: 4, decision: 'skip' },
      { rowNumber: 8, decision: 'skip' },
    ]);
    expect(finished.status).toBe('completed');
    expect(finished.counts).toMatchObject({ created: 1, merged: 1, skipped: 2 });
    const partners = await partnersNamed(world.workspaceId, `%${tag}%`);
    expect(partners.map((row) => row.name)).toEqual([`Globex ${tag} Limited`, `Initrode ${tag} GmbH`]);
    const initrode = partners[1]!;
    expect(initrode.website_domain).toBe(`initrode-${tag}.example`);
    const merged = partners[0]!;
    expect(merged).toMatchObject({ country: 'GB', tier: 'silver', website_domain: `globex-${tag}.example` });

    const contacts = await ownerQuery(
      t.ownerUrl,
      'SELECT email, is_primary FROM partner_contacts WHERE organisation_id = $1',
      [initrode.id],
    );
    expect(contacts).toEqual([{ email: 'ina@initrode.example', is_primary: true }]);

    const [audit] = await ownerQuery<{
      before: { tier: string | null };
      after: { tier: string; mergedFrom: unknown };
    }>(
      t.ownerUrl,
      `SELECT before, after FROM audit_events WHERE action = 'organisation.merged' AND entity_id = $1`,
      [globex.id],
    );
    expect(audit!.before.tier).toBeNull();
    expect(audit!.after).toMatchObject({
      tier: 'silver',
      mergedFrom: { partnerImportId: importId, rowNumber: 3 },
    });
    const [batch] = await ownerQuery<{ after: { created: { rowNumber: number; organisationId: string }[] } }>(
      t.ownerUrl,
      `SELECT after FROM audit_events WHERE action = 'partner_import.partners_created' AND entity_id = $1`,
      [importId],
    );
    expect(batch!.after.created).toEqual([
      expect.objectContaining({ rowNumber: 2, organisationId: initrode.id }),
    ]);
    const events = await ownerQuery(
      t.ownerUrl,
      `SELECT 1 FROM domain_events WHERE type = 'organisation.merged' AND entity_id = $1`,
      [globex.id],
    );
    expect(events).toHaveLength(1);
  });

  it('creates no duplicates when the same file is imported again', async () => {
    const csv = [
      'Company,Website,Country',
      `Initrode ${tag} GmbH,https://www.initrode-${tag}.example/about,DE`,
      `Globex ${tag} Ltd,,GB`,
    ].join('\n');
    const again = await uploadAndValidate(`again-${tag}.csv`, csv);
    expect(again.counts).toMatchObject({ valid: 0, duplicates: 2 });
    const finished = await decide(again.id, []);
    expect(finished.status).toBe('ready_for_review');
    expect(finished.pendingDuplicates).toBe(2);
    expect(await partnersNamed(world.workspaceId, `%${tag}%`)).toHaveLength(2);
  });

  it('refuses to merge a row that only repeats another row of the file, naming the decision', async () => {
    const csv = `Company,Website\nSolo ${tag},solo-${tag}.example\nSolo ${tag} Ltd,solo-${tag}.example\n`;
    const validated = await uploadAndValidate(`solo-${tag}.csv`, csv);
    const response = await as(t.app, manager()).post(`${API}/partner-imports/${validated.id}/decisions`, {
      decisions: [{ rowNumber: 3, decision: 'merge' }],
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().errors).toEqual([
      { field: 'body.decisions.0.decision', message: expect.any(String) },
    ]);
  });
});

describe('imports of the same company created side by side', () => {
  it('turns a row that became a duplicate after validation into a proposal instead of a second partner', async () => {
    const tag = unique();
    const csv = `Company,Website\nTwin ${tag},twin-${tag}.example\n`;
    const first = await uploadAndValidate(`twin-a-${tag}.csv`, csv);
    const second = await uploadAndValidate(`twin-b-${tag}.csv`, csv);
    expect((await decide(first.id, [])).counts.created).toBe(1);
    const secondDone = await decide(second.id, []);
    expect(secondDone.counts.created).toBe(0);
    expect(secondDone.pendingDuplicates).toBe(1);
    expect(await partnersNamed(world.workspaceId, `Twin ${tag}`)).toHaveLength(1);
  });
});

describe('Excel workbooks', () => {
  it('imports an .xlsx file like a CSV file', async () => {
    const tag = unique();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Partners');
    sheet.addRow(['Company name', 'Domain', 'Country', 'Capacity', 'Industries']);
    sheet.addRow([`Sheetwise ${tag}`, `sheetwise-${tag}.example`, 'FR', 12, 'Retail; Health']);
    sheet.addRow([
      `Cellular ${tag} SA`,
      { text: 'www.cellular.example', hyperlink: 'https://www.cellular.example' },
      'ES',
      'many',
      '',
    ]);
    workbook.addWorksheet('Notes').addRow(['not partners']);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    const validated = await uploadAndValidate(`partners-${tag}.xlsx`, buffer);
    expect(validated.columns).toEqual(['Company name', 'Domain', 'Country', 'Capacity', 'Industries']);
    expect(validated.counts).toMatchObject({ valid: 1, invalid: 1 });
    const [bad] = await rowsOf(validated.id, '&status=invalid');
    expect(bad).toMatchObject({ rowNumber: 3, errors: [{ field: 'capacity', column: 'Capacity' }] });
    await decide(validated.id, []);
    const [row] = await ownerQuery<{ capacity: number; industries: string[] }>(
      t.ownerUrl,
      'SELECT capacity, industries FROM organisations WHERE name = $1',
      [`Sheetwise ${tag}`],
    );
    expect(row).toEqual({ capacity: 12, industries: ['Retail', 'Health'] });
  });

  it('refuses a file that is not what its name says, naming the field', async () => {
    const response = await upload('partners.xlsx', 'Company\nAcme\n');
    expect(response.statusCode).toBe(422);
    expect(response.json().errors[0].field).toBe('body.fileName');
    const empty = await upload('partners.csv', 'Company\n');
    expect(empty.statusCode).toBe(422);
    expect(empty.json().errors[0].field).toBe('body.content');
  });

  it('refuses files above 50 MB with 413 before storing anything', async () => {
    const ctx: Ctx = {
      db: t.database.db,
      actor: { type: 'system', workspaceId: world.workspaceId, reason: 'test' },
    };
    const tooLarge = Buffer.alloc(50 * 1024 * 1024 + 1, 'a');
    const refused = await storePartnerImport(ctx, {
      fileName: 'huge.csv',
      content: tooLarge,
      createdById: null,
    }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(DomainError);
    expect(refused).toMatchObject({ kind: 'payload_too_large', fields: [{ field: 'body.content' }] });
  });
});

describe('a large import that is interrupted', () => {
  it('resumes after a crash from its checkpoint: every row once, no duplicates', async () => {
    const tag = unique();
    const lines = ['Company,Website'];
    for (let index = 0; index < 250; index += 1)
      lines.push(`Resume ${tag} ${index},resume-${index}-${tag}.example`);
    const uploaded = await upload(`resume-${tag}.csv`, lines.join('\n'));
    const { id, mapping } = uploaded.json() as ImportDto;
    await as(t.app, manager()).put(`${API}/partner-imports/${id}/mapping`, { mapping });
    const crashAfter = (batches: number) => {
      let committed = 0;
      return () => {
        committed += 1;
        if (committed === batches) throw new Error('worker killed');
      };
    };
    const run = (afterBatch?: () => void) =>
      processPartnerImport({
        db: t.database.db,
        workspaceId: world.workspaceId,
        importId: id,
        batchSize: 40,
        ...(afterBatch ? { afterBatch } : {}),
      });

    await expect(run(crashAfter(2))).rejects.toThrow('worker killed');
    expect((await getImport(id)).status).toBe('validating');
    await run();
    expect((await getImport(id)).counts).toMatchObject({ valid: 250, invalid: 0, duplicates: 0 });

    await as(t.app, manager()).post(`${API}/partner-imports/${id}/decisions`, { decisions: [] });
    await expect(run(crashAfter(3))).rejects.toThrow('worker killed');
    const halfway = await getImport(id);
    expect(halfway).toMatchObject({ status: 'importing', counts: expect.objectContaining({ created: 120 }) });
    await run();
    const done = await getImport(id);
    expect(done.status).toBe('completed');
    expect(done.counts.created).toBe(250);
    const created = await ownerQuery<{ count: number }>(
      t.ownerUrl,
      'SELECT count(*)::int AS count, count(DISTINCT name)::int AS names FROM organisations WHERE name LIKE $1',
      [`Resume ${tag} %`],
    );
    expect(created[0]).toEqual({ count: 250, names: 250 });
  });
});

describe('the job', () => {
  it('is queued by the events that start a phase', async () => {
    const sent: unknown[] = [];
    const tag = unique();
    const uploaded = (await upload(`queued-${tag}.csv`, `Company\nQueued ${tag}\n`)).json() as ImportDto;
    await as(t.app, manager()).put(`${API}/partner-imports/${uploaded.id}/mapping`, {
      mapping: uploaded.mapping,
    });
    await dispatchPendingEvents({
      db: t.database.db,
      config: t.config,
      subscribers: [enqueuePartnerImports],
      jobs: { send: async (_tx, job, payload) => void sent.push({ name: job.name, payload }) },
      clock: () => new Date(),
      log: () => undefined,
    });
    expect(sent).toContainEqual({
      name: 'partner-import.process',
      payload: { workspaceId: world.workspaceId, importId: uploaded.id },
    });
  });
});

describe('duplicate candidates for one new partner', () => {
  it('finds the same domain, the same name without legal suffix, and similar names', async () => {
    const tag = unique();
    const existing = await addPartner(manager(), {
      name: `Umbrella ${tag} Corporation`,
      websiteDomain: `umbrella-${tag}.example`,
    });
    const lookup = async (query: string) => {
      const response = await as(t.app, manager()).get(`${API}/organisations/duplicate-candidates?${query}`);
      expect(response.statusCode, response.body).toBe(200);
      return response.json().data as { organisation: { id: string }; reason: string; score: number }[];
    };
    expect(
      (await lookup(`name=Other&domain=${encodeURIComponent(`https://www.umbrella-${tag}.example/x`)}`))[0],
    ).toMatchObject({
      organisation: { id: existing.id },
      reason: 'same_domain',
      score: 1,
    });
    expect((await lookup(`name=${encodeURIComponent(`umbrella ${tag}, Inc.`)}`))[0]).toMatchObject({
      reason: 'same_name',
    });
    const similar = await lookup(`name=${encodeURIComponent(`Umbrela ${tag}`)}`);
    expect(similar[0]).toMatchObject({ organisation: { id: existing.id }, reason: 'similar_name' });
    expect(similar[0]!.score).toBeLessThan(1);
    expect(await lookup('name=Completely%20Unrelated%20Name')).toEqual([]);
  });

  it('never looks into another workspace', async () => {
    const response = await as(t.app, other.vendor.admin).get(
      `${API}/organisations/duplicate-candidates?name=${encodeURIComponent(world.partnerA.name)}`,
    );
    const ids = response
      .json()
      .data.map((candidate: { organisation: { id: string } }) => candidate.organisation.id);
    expect(ids).toContain(other.partnerA.id);
    expect(ids).not.toContain(world.partnerA.id);
  });
});

describe('who may import', () => {
  it('keeps partners and roles without the permission out, and other workspaces apart', async () => {
    const tag = unique();
    const validated = await uploadAndValidate(`who-${tag}.csv`, `Company\nWho ${tag}\n`);
    for (const caller of [
      world.partnerA.users.partner_admin,
      world.vendor.analyst,
      world.vendor.regional_manager,
    ]) {
      expect((await upload('x.csv', 'Company\nX\n', caller)).statusCode).toBe(403);
      expect((await as(t.app, caller).get(`${API}/partner-imports/${validated.id}`)).statusCode).toBe(403);
    }
    expect(
      (await as(t.app, other.vendor.admin).get(`${API}/partner-imports/${validated.id}`)).statusCode,
    ).toBe(404);
    const list = await as(t.app, other.vendor.admin).get(`${API}/partner-imports`);
    expect(list.json().data.map((entry: { id: string }) => entry.id)).not.toContain(validated.id);
  });
});

describe('the command line', () => {
  it('imports a file, prints the report and leaves duplicates for the console; an unreadable file exits 1', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'trellis-import-'));
    try {
      const tag = unique();
      const [workspace] = await ownerQuery<{ slug: string }>(
        t.ownerUrl,
        'SELECT slug FROM workspaces WHERE id = $1',
        [world.workspaceId],
      );
      const file = path.join(dataDir, 'partners.csv');
      await writeFile(
        file,
        `Company,Website,Country\nCli ${tag},cli-${tag}.example,DE\n${world.partnerA.name} GmbH,,DE\nBroken ${tag},,Germany\n`,
      );
      const trellis = (...args: string[]) => runTrellis(args, { databaseUrl: t.ownerUrl, dataDir });
      const run = await trellis('import', 'partners', file, '--workspace', workspace!.slug);
      expect(run.code, run.output).toBe(0);
      expect(run.output).toContain('Created 1 partners');
      expect(run.output).toMatch(/row 4: Country must be an ISO 3166/);
      expect(run.output).toMatch(/1 rows look like existing partners .*\/console\/partners\/import\/import_/);
      expect(await partnersNamed(world.workspaceId, `Cli ${tag}`)).toHaveLength(1);

      const missing = await trellis(
        'import',
        'partners',
        path.join(dataDir, 'absent.csv'),
        '--workspace',
        workspace!.slug,
      );
      expect(missing.code).toBe(1);
      expect(missing.output).toContain('Cannot read');
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
