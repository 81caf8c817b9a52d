/**
 * Duplicate lookup benchmark: with 100,000 partners in the directory (by default), how long it
 * takes to find the duplicate candidates of one new partner — same domain, same normalised name,
 * similar name (pg_trgm) — inside the server and through the API (median and p95).
 *
 *   npm run bench:dedupe -w bench      # BENCH_DEDUPE_PARTNERS=100000, BENCH_DEDUPE_LOOKUPS=200
 *
 * Prints one JSON document on stdout. Timings are reported, never asserted.
 */
import os from 'node:os';
import pg from 'pg';
import { findDuplicateCandidates } from '../server/src/modules/partner-imports/index.ts';
import { type Ctx, withTransaction } from '../server/src/platform/context.ts';
import { log, percentile, positiveNumber, round, runBenchmark, startBenchServer } from './bench-server.ts';

const PARTNERS = positiveNumber('BENCH_DEDUPE_PARTNERS', 100_000);
const LOOKUPS = positiveNumber('BENCH_DEDUPE_LOOKUPS', 200);
const WORDS = [
  'North',
  'Blue',
  'Quantum',
  'Apex',
  'Cloud',
  'Data',
  'Summit',
  'River',
  'Iron',
  'Bright',
  'Nova',
  'Pixel',
];
const KINDS = ['Systems', 'Consulting', 'Solutions', 'Networks', 'Partners', 'Digital', 'Labs', 'Group'];

/** Names people would give companies, numbered so each is its own: "Apex Cloud Labs 4711 GmbH". */
const nameOf = (index: number) =>
  `${WORDS[index % WORDS.length]} ${WORDS[(index * 7) % WORDS.length]} ${KINDS[index % KINDS.length]} ${index} GmbH`;

async function seedPartners(ownerUrl: string, workspaceId: string) {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO organisations (id, workspace_id, kind, name, website_domain, region, country)
       SELECT 'org_bench' || lpad(i::text, 21, '0'), $1, 'partner',
              ($2::text[])[1 + i % $4] || ' ' || ($2::text[])[1 + (i * 7) % $4] || ' ' || ($3::text[])[1 + i % $5] || ' ' || i || ' GmbH',
              'partner-' || i || '.example', 'emea', 'DE'
       FROM generate_series(0, $6 - 1) AS i`,
      [workspaceId, WORDS, KINDS, WORDS.length, KINDS.length, PARTNERS],
    );
    await client.query('ANALYZE organisations');
  } finally {
    await client.end();
  }
}

async function main(): Promise<number> {
  const bench = await startBenchServer();
  try {
    const seedStarted = performance.now();
    await seedPartners(bench.ownerUrl, bench.workspaceId);
    log(`seeded ${PARTNERS} partners in ${round((performance.now() - seedStarted) / 1000)} s`);
    const ctx: Ctx = {
      db: bench.db,
      actor: { type: 'system', workspaceId: bench.workspaceId, reason: 'bench' },
    };
    // A mix of what new partners look like: a typo of an existing name, an existing domain, a stranger.
    const probes = Array.from({ length: LOOKUPS }, (_, index) => {
      const target = Math.floor((index * 7919) % PARTNERS);
      if (index % 3 === 0)
        return { name: nameOf(target).replace('GmbH', 'Ltd').replace('a', 'e'), domain: null };
      if (index % 3 === 1)
        return { name: `Someone New ${index}`, domain: `https://www.partner-${target}.example/` };
      return { name: `Unheard Of Ventures ${index}`, domain: `unheard-${index}.example` };
    });
    const inServer: number[] = [];
    let found = 0;
    for (const probe of probes) {
      const started = performance.now();
      const matches = await withTransaction(ctx, (tx) =>
        findDuplicateCandidates(tx, { workspaceId: bench.workspaceId, ...probe }),
      );
      inServer.push(performance.now() - started);
      if (matches.length > 0) found += 1;
    }
    const session = await bench.signIn('channel@acme.test');
    const overHttp: number[] = [];
    for (const probe of probes) {
      const query = new URLSearchParams({
        name: probe.name,
        ...(probe.domain ? { domain: probe.domain } : {}),
      });
      const started = performance.now();
      const response = await fetch(`${bench.address}/api/v1/organisations/duplicate-candidates?${query}`, {
        headers: { cookie: session.cookie },
      });
      await response.arrayBuffer();
      overHttp.push(performance.now() - started);
      if (response.status !== 200) throw new Error(`lookup answered ${response.status}`);
    }
    inServer.sort((a, b) => a - b);
    overHttp.sort((a, b) => a - b);
    const report = {
      benchmark: 'duplicate-lookup',
      machine: { cpus: os.cpus().length, node: process.version },
      partners: PARTNERS,
      lookups: LOOKUPS,
      lookupsWithCandidates: found,
      inServerMs: { median: percentile(inServer, 0.5), p95: percentile(inServer, 0.95) },
      httpMs: { median: percentile(overHttp, 0.5), p95: percentile(overHttp, 0.95) },
    };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return 0;
  } finally {
    await bench.close();
  }
}

runBenchmark(main);
