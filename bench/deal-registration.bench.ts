/**
 * Deal registration benchmark: with 1,000,000 customer accounts and 200,000 registrations from a
 * few hundred partners (by default), how long the conflict check takes inside the server and over
 * HTTP (p50/p95/p99), and how many registrations per second partners get through the API at
 * concurrency 32, with their latency and the error count.
 *
 *   npm run bench:deals -w bench    # BENCH_DEAL_ACCOUNTS=1000000, BENCH_DEAL_REGISTRATIONS=200000,
 *                                   # BENCH_DEAL_CHECKS=1200, BENCH_DEAL_SECONDS=20, BENCH_CONNECTIONS=32
 *   BENCH_DEAL_SYNCHRONOUS_COMMIT=off npm run bench:deals -w bench   # the same without the commit flush
 *
 * Prints one JSON document on stdout (progress on stderr). Exits non-zero when a registration
 * failed, so a broken benchmark cannot pass for a slow one. Timings are reported, never asserted.
 */
import { execFile } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';
import { csrfTokenFor, SESSION_COOKIE } from '../server/src/modules/auth/request-authentication.ts';
import { createSession } from '../server/src/modules/auth/sessions.ts';
import { normaliseCompanyName, registrableDomainOf } from '../server/src/modules/deals/company-identity.ts';
import { claimOf, findDealConflicts } from '../server/src/modules/deals/find-deal-conflicts.ts';
import { type Ctx, withTransaction } from '../server/src/platform/context.ts';
import {
  BENCH_SECRET,
  log,
  percentile,
  positiveNumber,
  round,
  runBenchmark,
  type Session,
  startBenchServer,
} from './bench-server.ts';

const ACCOUNTS = positiveNumber('BENCH_DEAL_ACCOUNTS', 1_000_000);
const REGISTRATIONS = positiveNumber('BENCH_DEAL_REGISTRATIONS', 200_000);
const PARTNERS = positiveNumber('BENCH_DEAL_PARTNERS', 300);
const CHECKS = positiveNumber('BENCH_DEAL_CHECKS', 1_200);
const SECONDS = positiveNumber('BENCH_DEAL_SECONDS', 20);
const CONNECTIONS = positiveNumber('BENCH_CONNECTIONS', 32);
/**
 * "off" runs the load with PostgreSQL's synchronous_commit off (ALTER SYSTEM on the throw-away
 * database), to show how much of registration throughput is the commit's disk flush, which every
 * write in a workspace waits for in turn while it holds the audit chain head. Not a recommendation.
 */
const SYNCHRONOUS_COMMIT = process.env.BENCH_DEAL_SYNCHRONOUS_COMMIT === 'off' ? 'off' : 'on';
/** Partner users signed in for the load: each request goes out as one of them in turn. */
const SIGNED_IN = Math.min(PARTNERS, 64);

// Customer names are built from syllables ("Korvelan"), an industry and the country's legal form,
// so a million of them are distinct, pronounceable and share words the way real names do.
const SYLLABLES = [
  'ka',
  'lo',
  'ven',
  'tra',
  'mir',
  'sol',
  'dex',
  'ar',
  'bel',
  'cor',
  'fin',
  'gal',
  'hal',
  'ion',
  'jun',
  'kel',
  'lum',
  'mar',
  'nor',
  'ost',
  'pra',
  'quin',
  'ros',
  'sil',
  'tor',
  'ul',
  'var',
  'wes',
  'xan',
  'zen',
];
const INDUSTRIES = [
  'Logistics',
  'Foods',
  'Systems',
  'Analytics',
  'Health',
  'Energy',
  'Robotics',
  'Textiles',
  'Pharma',
  'Consulting',
  'Software',
  'Capital',
  'Insurance',
  'Motors',
  'Media',
  'Telecom',
  'Aerospace',
  'Chemicals',
  'Retail',
  'Hotels',
  'Engineering',
  'Construction',
  'Mining',
  'Biotech',
  'Financial',
  'Shipping',
  'Networks',
  'Security',
  'Dental',
  'Clinics',
  'Brewing',
  'Airlines',
  'Payments',
  'Packaging',
  'Plastics',
  'Furniture',
  'Apparel',
  'Semiconductors',
  'Studios',
  'Marine',
];
const COUNTRIES = ['DE', 'GB', 'US', 'FR', 'IT', 'NL', 'ES', 'AU', 'JP', 'SE', 'BR', 'IN'];
const LEGAL_FORMS = [
  'GmbH',
  'Ltd',
  'Inc.',
  'SAS',
  'S.p.A.',
  'B.V.',
  'S.L.',
  'Pty Ltd',
  'K.K.',
  'AB',
  'Ltda',
  'Pvt Ltd',
];
const TLDS = ['de', 'co.uk', 'com', 'fr', 'it', 'nl', 'es', 'com.au', 'co.jp', 'se', 'com.br', 'in'];
const BRANDS_3 = SYLLABLES.length ** 3;
const BRANDS_4 = SYLLABLES.length ** 4;
const REGIONS = ['emea', 'north-america', 'apac', 'latam'];

const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
const syllable = (value: number) => SYLLABLES[value % SYLLABLES.length]!;

/** A known customer: brand × industry, each pair once for the first 1,080,000 indexes. */
function account(index: number) {
  const x = (index * 7919) % BRANDS_3;
  const brand = capitalised(syllable(x) + syllable(Math.floor(x / 30)) + syllable(Math.floor(x / 900)));
  const industry = INDUSTRIES[Math.floor(index / BRANDS_3) % INDUSTRIES.length]!;
  const country = (index * 31) % COUNTRIES.length;
  return {
    name: `${brand} ${industry} ${LEGAL_FORMS[country]}`,
    domain: `${brand}${industry}.${TLDS[country]}`.toLowerCase(),
    country: COUNTRIES[country]!,
  };
}

/** A customer the vendor has no account for: four syllables, so never an account's brand. */
function newcomer(index: number) {
  const x = (index * 104729) % BRANDS_4;
  const brand = capitalised(
    syllable(x) +
      syllable(Math.floor(x / 30)) +
      syllable(Math.floor(x / 900)) +
      syllable(Math.floor(x / 27000)),
  );
  const industry = INDUSTRIES[index % INDUSTRIES.length]!;
  const country = (index * 7) % COUNTRIES.length;
  return {
    name: `${brand} ${industry} ${LEGAL_FORMS[country]}`,
    domain: `${brand}${industry}.${TLDS[country]}`.toLowerCase(),
    country: COUNTRIES[country]!,
  };
}

/** Registration i of the seed: three in ten on a customer the vendor knows, the rest newcomers. */
const seededCustomer = (index: number) =>
  index % 10 < 3 ? account((index * 13) % ACCOUNTS) : newcomer(index);

/** The SQL twin of `account` / `newcomer` names and domains, checked against them after loading. */
const SQL_BRAND_3 = `initcap(s[1 + x % 30] || s[1 + (x / 30) % 30] || s[1 + (x / 900) % 30])`;
const SQL_BRAND_4 = `initcap(s[1 + x % 30] || s[1 + (x / 30) % 30] || s[1 + (x / 900) % 30] || s[1 + (x / 27000) % 30])`;

export async function seed(ownerUrl: string, workspaceId: string) {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  const timings: Record<string, number> = {};
  const step = async (name: string, text: string, values: unknown[] = []) => {
    const started = performance.now();
    await client.query(text, values);
    timings[name] = round((performance.now() - started) / 1000);
    log(`${name}: ${timings[name]} s`);
  };
  const lists = [SYLLABLES, INDUSTRIES, COUNTRIES, LEGAL_FORMS, TLDS];
  try {
    await step(
      'partners',
      `INSERT INTO organisations (id, workspace_id, kind, name, website_domain, region, country)
       SELECT 'org_benchdeal' || lpad(i::text, 13, '0'), $1, 'partner', 'Bench Reseller ' || i || ' Ltd',
              'bench-reseller-' || i || '.example', ($2::text[])[1 + i % 4], 'GB'
       FROM generate_series(0, $3 - 1) AS i`,
      [workspaceId, REGIONS, PARTNERS],
    );
    await step(
      'partner users',
      `INSERT INTO users (id, workspace_id, organisation_id, email, name, role)
       SELECT 'usr_benchdeal' || lpad(i::text, 13, '0'), $1, 'org_benchdeal' || lpad(i::text, 13, '0'),
              'seller' || i || '@bench-reseller-' || i || '.example', 'Bench Seller ' || i, 'partner_sales'
       FROM generate_series(0, $2 - 1) AS i`,
      [workspaceId, PARTNERS],
    );
    // Compliant partners: every requirement the demo programme sets is met by an approved document.
    await step(
      'compliance documents',
      `INSERT INTO compliance_documents (id, workspace_id, organisation_id, requirement_id, status, expires_on,
              submitted_by_id, submitted_at, reviewed_at)
       SELECT 'cdoc_benchdeal' || lpad(i::text, 9, '0') || '_' || r.id, $1, 'org_benchdeal' || lpad(i::text, 13, '0'),
              r.id, 'approved', current_date + 365, 'usr_benchdeal' || lpad(i::text, 13, '0'), now(), now()
       FROM generate_series(0, $2 - 1) AS i CROSS JOIN compliance_requirements r WHERE r.workspace_id = $1`,
      [workspaceId, PARTNERS],
    );
    // A bulk load: the tables' own indexes (not those behind constraints) are dropped for the
    // load and built again afterwards from their definitions, as one would load a CRM export.
    const indexes = await client.query<{ name: string; definition: string }>(
      `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
       FROM pg_index i
       WHERE i.indrelid = ANY ('{customer_accounts,customer_opportunities,deal_registrations}'::regclass[])
         AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`,
    );
    for (const index of indexes.rows) await client.query(`DROP INDEX ${index.name}`);
    await step(
      'customer accounts',
      `INSERT INTO customer_accounts (id, workspace_id, name, normalised_name, domains, country, owner_name,
              is_direct_only, direct_only_reason, external_id, source)
       SELECT 'cacc_bench' || lpad(i::text, 16, '0'), $1,
              brand || ' ' || industry || ' ' || (f::text[])[1 + c],
              lower(brand || ' ' || industry),
              ARRAY[lower(brand || industry) || '.' || (t::text[])[1 + c]],
              (k::text[])[1 + c], 'Account Executive ' || (i % 97),
              i % 20 = 0, CASE WHEN i % 20 = 0 THEN 'Strategic account' END, 'crm-' || i, 'crm'
       FROM (SELECT i, ((i::bigint * 7919) % ${BRANDS_3})::int AS x, (i * 31) % 12 AS c FROM generate_series(0, $2 - 1) AS i) g,
            LATERAL (SELECT $3::text[] AS s, $4::text[] AS ind, $5::text[] AS k, $6::text[] AS f, $7::text[] AS t) l,
            LATERAL (SELECT ${SQL_BRAND_3} AS brand, ind[1 + (i / ${BRANDS_3}) % 40] AS industry) b`,
      [workspaceId, ACCOUNTS, ...lists],
    );
    // One in ten accounts has an open opportunity the vendor's sales team works, one in ten a closed one.
    await step(
      'customer opportunities',
      `INSERT INTO customer_opportunities (id, workspace_id, account_id, name, stage, is_open, amount, currency,
              close_date, owner_name, external_id)
       SELECT 'copp_bench' || lpad(i::text, 16, '0'), $1, 'cacc_bench' || lpad(i::text, 16, '0'),
              'Renewal ' || i, CASE WHEN i % 10 = 3 THEN 'proposal' ELSE 'closed_won' END, i % 10 = 3,
              10000 + (i % 500) * 1000, 'EUR', current_date + (i % 180), 'Account Executive ' || (i % 97), 'opp-' || i
       FROM generate_series(0, $2 - 1) AS i WHERE i % 10 IN (3, 7)`,
      [workspaceId, ACCOUNTS],
    );
    await step(
      'deal registrations',
      `INSERT INTO deal_registrations (id, workspace_id, organisation_id, region, registered_by_id, customer_name,
              normalised_customer_name, customer_domain, country, amount, currency, expected_close_date, products,
              status, conflict_outcome, is_first_in, registered_at, approval_level, approval_due_at, decided_at,
              protection_ends_at, last_activity_at)
       SELECT 'dreg_bench' || lpad(j::text, 16, '0'), $1, 'org_benchdeal' || lpad((j % $3)::text, 13, '0'),
              ($9::text[])[1 + (j % $3) % 4], 'usr_benchdeal' || lpad((j % $3)::text, 13, '0'),
              brand || ' ' || industry || ' ' || (f::text[])[1 + c], lower(brand || ' ' || industry),
              lower(brand || industry) || '.' || (t::text[])[1 + c], (k::text[])[1 + c],
              5000 + (j % 400) * 500, 'EUR', current_date + 30 + j % 300, '{Platform}',
              CASE WHEN j % 10 < 6 THEN 'approved' WHEN j % 10 < 8 THEN 'pending_approval'
                   WHEN j % 10 = 8 THEN 'rejected' ELSE 'expired' END,
              CASE WHEN is_known THEN 'possible_conflict' ELSE 'clear' END, true,
              now() - ((200000 - j) * interval '1 minute'),
              CASE WHEN j % 10 IN (6, 7) THEN 1 END, CASE WHEN j % 10 IN (6, 7) THEN now() + interval '1 day' END,
              CASE WHEN j % 10 NOT IN (6, 7) THEN now() - ((200000 - j) * interval '1 minute') END,
              CASE WHEN j % 10 < 6 THEN now() + interval '90 days' END, now()
       FROM (SELECT j, j % 10 < 3 AS is_known FROM generate_series(0, $2 - 1) AS j) g,
            LATERAL (SELECT $4::text[] AS s, $5::text[] AS ind, $6::text[] AS k, $7::text[] AS f, $8::text[] AS t) l,
            LATERAL (SELECT (CASE WHEN is_known THEN (((j * 13) % $10)::bigint * 7919) % ${BRANDS_3}
                                 ELSE (j::bigint * 104729) % ${BRANDS_4} END)::int AS x,
                            CASE WHEN is_known THEN (((j * 13) % $10) * 31) % 12 ELSE (j * 7) % 12 END AS c) xc,
            LATERAL (SELECT CASE WHEN is_known THEN ${SQL_BRAND_3} ELSE ${SQL_BRAND_4} END AS brand,
                            CASE WHEN is_known THEN ind[1 + (((j * 13) % $10) / ${BRANDS_3}) % 40]
                                 ELSE ind[1 + j % 40] END AS industry) b`,
      [workspaceId, REGISTRATIONS, PARTNERS, ...lists, REGIONS, ACCOUNTS],
    );
    const indexesStarted = performance.now();
    await client.query(`SET maintenance_work_mem = '512MB'`);
    for (const index of indexes.rows) await client.query(index.definition);
    timings.indexes = round((performance.now() - indexesStarted) / 1000);
    log(`indexes: ${timings.indexes} s`);
    if (SYNCHRONOUS_COMMIT === 'off') {
      await client.query('ALTER SYSTEM SET synchronous_commit = off');
      await client.query('SELECT pg_reload_conf()');
    }
    await step(
      'vacuum analyze',
      // VACUUM too, as autovacuum would have by now: it marks pages all-visible, which lets
      // lookups answer from an index that carries the name without reading the table.
      'VACUUM (ANALYZE) organisations, users, customer_accounts, customer_opportunities, deal_registrations, compliance_documents',
    );
    // The SQL above writes normalised names and domains by formula; prove they are what the app writes.
    const sample = await client.query<{
      kind: string;
      i: number;
      name: string;
      normalised: string;
      domain: string;
    }>(
      `(SELECT 'account' AS kind, substr(id, 11)::int AS i, name, normalised_name AS normalised, domains[1] AS domain
        FROM customer_accounts WHERE id LIKE 'cacc_bench%' ORDER BY id LIMIT 500)
       UNION ALL
       (SELECT 'registration', substr(id, 11)::int, customer_name, normalised_customer_name, customer_domain
        FROM deal_registrations WHERE id LIKE 'dreg_bench%' ORDER BY id LIMIT 500)`,
    );
    for (const row of sample.rows) {
      const expected = row.kind === 'account' ? account(row.i) : seededCustomer(row.i);
      if (
        row.name !== expected.name ||
        row.normalised !== normaliseCompanyName(expected.name) ||
        row.domain !== registrableDomainOf(expected.domain)
      ) {
        throw new Error(
          `seeded ${row.kind} ${row.i} is ${JSON.stringify(row)}, expected ${JSON.stringify(expected)}`,
        );
      }
    }
    return timings;
  } finally {
    await client.end();
  }
}

/** A typo a partner makes: two neighbouring letters of the brand swapped. */
const withTypo = (name: string) => `${name.slice(0, 2)}${name[3]}${name[2]}${name.slice(4)}`;

/** What partners check: existing domains, names with another legal form, typos, claimed customers, strangers. */
function probe(index: number) {
  const known = account((index * 104723) % ACCOUNTS);
  switch (index % 10) {
    case 0:
    case 1:
      return {
        customerName: known.name.split(' ')[0]!,
        customerWebsite: `https://www.${known.domain}/`,
        country: known.country,
      };
    case 2:
    case 3:
      return {
        customerName: `${known.name.split(' ').slice(0, 2).join(' ')} Holdings`,
        country: known.country,
      };
    case 4:
      return { customerName: withTypo(known.name), country: known.country };
    case 5: {
      const claimed = seededCustomer((index * 7) % REGISTRATIONS);
      return {
        customerName: claimed.name,
        contactEmail: `buyer@${claimed.domain}`,
        country: claimed.country,
      };
    }
    default: {
      const stranger = newcomer(REGISTRATIONS + 1_000_000 + index);
      return { customerName: stranger.name, customerWebsite: stranger.domain, country: stranger.country };
    }
  }
}

/** What partners register under load: mostly new customers, some already claimed, a few contested at once. */
export function registrationBody(n: number) {
  const kind = n % 10;
  const customer =
    kind < 7
      ? newcomer(REGISTRATIONS + 2_000_000 + n)
      : kind < 9
        ? seededCustomer((n * 7) % REGISTRATIONS)
        : newcomer(REGISTRATIONS + 3_000_000 + (n % 50));
  return {
    customerName: customer.name,
    customerWebsite: customer.domain,
    contactName: 'Dana Buyer',
    contactEmail: `dana.buyer@${customer.domain}`,
    country: customer.country,
    amount: 5_000 + (n % 300) * 750,
    currency: 'EUR',
    expectedCloseDate: '2027-06-30',
    products: ['Platform'],
  };
}

type LoadResult = { statusCodes: Record<string, number>; failed: number; latencies: number[] };

/** Runs deal-registration-load.ts in a child process and reads what it saw. */
async function runLoad(plan: { address: string; sessions: Session[]; connections: number; seconds: number }) {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(new URL('./deal-registration-load.ts', import.meta.url))],
    { env: { ...process.env, BENCH_DEAL_LOAD_PLAN: JSON.stringify(plan) }, maxBuffer: 256 * 1024 * 1024 },
  );
  return JSON.parse(stdout) as LoadResult;
}

function summary(sorted: number[]) {
  return { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), p99: percentile(sorted, 0.99) };
}

async function main(): Promise<number> {
  const bench = await startBenchServer();
  try {
    const loadStarted = performance.now();
    const loadSteps = await seed(bench.ownerUrl, bench.workspaceId);
    const loadSeconds = round((performance.now() - loadStarted) / 1000);
    log(`loaded ${ACCOUNTS} accounts and ${REGISTRATIONS} registrations in ${loadSeconds} s`);

    const partnerIds = Array.from(
      { length: SIGNED_IN },
      (_, i) => `org_benchdeal${String(i).padStart(13, '0')}`,
    );
    const userIds = partnerIds.map((_, i) => `usr_benchdeal${String(i).padStart(13, '0')}`);
    const sessions = await Promise.all(
      partnerIds.map(async (organisationId, i) => {
        const system: Ctx = {
          db: bench.db,
          actor: { type: 'system', workspaceId: bench.workspaceId, reason: 'bench' },
        };
        const token = await withTransaction(system, (tx) =>
          createSession(tx, {
            workspaceId: bench.workspaceId,
            organisationId,
            userId: userIds[i]!,
            isMfaPending: false,
            ip: null,
            userAgent: 'bench',
            now: new Date(),
          }),
        );
        return {
          cookie: `${SESSION_COOKIE}=${token}`,
          csrfToken: csrfTokenFor(BENCH_SECRET, token),
        };
      }),
    );

    // In the server: the check itself, in a partner's transaction, as registration runs it.
    const partnerCtx: Ctx = {
      db: bench.db,
      actor: {
        type: 'user',
        workspaceId: bench.workspaceId,
        organisationId: partnerIds[0]!,
        organisationKind: 'partner',
        userId: userIds[0]!,
        role: 'partner_sales',
        regions: null,
        sessionId: null,
        apiKeyId: null,
        scopes: null,
      },
    };
    const probes = Array.from({ length: CHECKS }, (_, index) => probe(index));
    for (const input of probes.slice(0, 50)) {
      await withTransaction(partnerCtx, (tx) => findDealConflicts(tx, claimOf(input, partnerIds[0]!)));
    }
    const inServer: number[] = [];
    const outcomes: Record<string, number> = { clear: 0, possible_conflict: 0, conflict: 0 };
    for (const input of probes) {
      const claim = claimOf(input, partnerIds[0]!);
      const matches = await withTransaction(partnerCtx, async (tx) => {
        const started = performance.now();
        const found = await findDealConflicts(tx, claim);
        inServer.push(performance.now() - started);
        return found;
      });
      const outcome = matches.some((m) => m.isBlocking)
        ? 'conflict'
        : matches.length > 0
          ? 'possible_conflict'
          : 'clear';
      outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
    }
    const overHttp: number[] = [];
    for (const [index, input] of probes.entries()) {
      const session = sessions[index % sessions.length]!;
      const started = performance.now();
      const response = await fetch(`${bench.address}/api/v1/deal-registrations/conflict-check`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          cookie: session.cookie,
          'x-csrf-token': session.csrfToken,
        },
        body: JSON.stringify(input),
      });
      await response.arrayBuffer();
      overHttp.push(performance.now() - started);
      if (response.status !== 200) throw new Error(`conflict check answered ${response.status}`);
    }
    inServer.sort((a, b) => a - b);
    overHttp.sort((a, b) => a - b);
    log(
      `conflict check in server ${JSON.stringify(summary(inServer))}, over HTTP ${JSON.stringify(summary(overHttp))}`,
    );

    // End to end: partners registering at once from their own process, each request as the next
    // signed-in partner, the way clients reach a server.
    const load = await runLoad({
      address: bench.address,
      sessions,
      connections: CONNECTIONS,
      seconds: SECONDS,
    });
    const { statusCodes, failed, latencies } = load;
    const registered = statusCodes['201'] ?? 0;
    const report = {
      benchmark: 'deal-registration',
      machine: { cpus: os.cpus().length, node: process.version },
      accounts: ACCOUNTS,
      registrations: REGISTRATIONS,
      partners: PARTNERS,
      loadSeconds,
      loadSteps,
      conflictCheck: {
        checks: CHECKS,
        outcomes,
        inServerMs: summary(inServer),
        httpMs: summary(overHttp),
      },
      registering: {
        synchronousCommit: SYNCHRONOUS_COMMIT,
        connections: CONNECTIONS,
        durationSeconds: SECONDS,
        registered,
        registrationsPerSecond: round(registered / SECONDS),
        latencyMs: summary(latencies),
        errors: failed,
        statusCodes,
      },
    };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return failed > 0 ? 1 : 0;
  } finally {
    await bench.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) runBenchmark(main);
