/**
 * Partner import benchmark: a generated CSV of partners (100,000 rows by default, 2 % of them
 * invalid) through the import's own service and job code — upload and read, validation with
 * duplicate detection, then the import in batches — on the embedded PostgreSQL.
 *
 *   npm run bench:import -w bench      # BENCH_IMPORT_ROWS=100000 by default
 *
 * Prints one JSON document on stdout. Timings are reported, never asserted.
 */
import os from 'node:os';
import pg from 'pg';
import {
  processPartnerImport,
  setImportMapping,
  startImporting,
  storePartnerImport,
} from '../server/src/modules/partner-imports/index.ts';
import type { Ctx } from '../server/src/platform/context.ts';
import { log, positiveNumber, round, runBenchmark, startBenchServer } from './bench-server.ts';

const ROWS = positiveNumber('BENCH_IMPORT_ROWS', 100_000);
const TYPES = ['reseller', 'msp', 'system_integrator', 'referral', 'isv'];
const COUNTRIES = ['DE', 'FR', 'GB', 'US', 'ES', 'JP', 'NL', 'SE'];

function generateCsv(rows: number): Buffer {
  const lines = ['Company,Website,Country,Partner type,Tier,Industries,Contact e-mail'];
  for (let index = 0; index < rows; index += 1) {
    const isInvalid = index % 50 === 49;
    lines.push(
      [
        `Bench Partner ${index.toString(36)} Ltd`,
        `https://www.bench-${index}.example/`,
        isInvalid ? 'Germany' : COUNTRIES[index % COUNTRIES.length],
        TYPES[index % TYPES.length],
        index % 3 === 0 ? 'gold' : 'silver',
        '"Retail;Manufacturing"',
        `contact${index}@bench-${index}.example`,
      ].join(','),
    );
  }
  return Buffer.from(lines.join('\n'));
}

async function main(): Promise<number> {
  const bench = await startBenchServer();
  try {
    const { db, workspaceId } = bench;
    const ctx: Ctx = { db, actor: { type: 'system', workspaceId, reason: 'bench' } };
    const content = generateCsv(ROWS);
    log(`importing ${ROWS} rows (${round(content.length / 1024 / 1024)} MB)`);
    const started = performance.now();
    const uploaded = await storePartnerImport(ctx, { fileName: 'bench.csv', content, createdById: null });
    const afterUpload = performance.now();
    await setImportMapping(ctx, { id: uploaded.id, mapping: uploaded.mapping });
    await processPartnerImport({ db, workspaceId, importId: uploaded.id });
    const afterValidation = performance.now();
    await startImporting(ctx, { id: uploaded.id, decisions: [] });
    await processPartnerImport({ db, workspaceId, importId: uploaded.id });
    const finished = performance.now();
    const seconds = (finished - started) / 1000;
    const owner = new pg.Client({ connectionString: bench.ownerUrl });
    await owner.connect();
    const counts = await owner.query<{ created: number; invalid: number; status: string }>(
      'SELECT created_count AS created, invalid_rows AS invalid, status FROM partner_imports WHERE id = $1',
      [uploaded.id],
    );
    await owner.end();
    const report = {
      benchmark: 'partner-import',
      machine: { cpus: os.cpus().length, node: process.version },
      rows: ROWS,
      fileMegabytes: round(content.length / 1024 / 1024),
      outcome: counts.rows[0],
      seconds: {
        uploadAndRead: round((afterUpload - started) / 1000),
        validation: round((afterValidation - afterUpload) / 1000),
        import: round((finished - afterValidation) / 1000),
        total: round(seconds),
      },
      rowsPerSecond: Math.round(ROWS / seconds),
    };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return 0;
  } finally {
    await bench.close();
  }
}

runBenchmark(main);
