/**
 * HTTP benchmark of the API on a real (embedded) PostgreSQL with the demo data.
 *
 *   npm run bench                     # 10 s per scenario
 *   BENCH_SECONDS=3 npm run bench     # quicker
 *
 * Prints one JSON document on stdout (progress goes to stderr) and exits non-zero when a scenario
 * saw a non-2xx answer or a connection error, so a broken benchmark cannot pass for a slow one.
 * Timings are reported, never asserted. To benchmark another endpoint, add an entry to SCENARIOS.
 */
import os from 'node:os';
import autocannon from 'autocannon';
import { log, positiveNumber, round, runBenchmark, type Session, startBenchServer } from './bench-server.ts';

const SECONDS = positiveNumber('BENCH_SECONDS', 10);
const CONNECTIONS = positiveNumber('BENCH_CONNECTIONS', 20);
const WARMUP_SECONDS = Math.min(2, SECONDS);

/** The demo users the scenarios act as; each signs in once over HTTP before the runs. */
const PRINCIPALS = {
  partnerRep: 'rep@northwind.test',
  channelManager: 'channel@acme.test',
} as const;
type PrincipalName = keyof typeof PRINCIPALS;

type Scenario = {
  name: string;
  as: PrincipalName;
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  path: string;
  /** A JSON body per request; `n` counts up across the run so unique fields stay unique. */
  body?: (n: number) => unknown;
};

const SCENARIOS: Scenario[] = [
  {
    name: 'list organisations (partner rep)',
    as: 'partnerRep',
    method: 'GET',
    path: '/api/v1/organisations',
  },
  {
    name: 'update own profile (partner rep)',
    as: 'partnerRep',
    method: 'PATCH',
    path: '/api/v1/me',
    body: (n) => ({ name: `Bench ${n}` }),
  },
  {
    name: 'create partner organisation (channel manager)',
    as: 'channelManager',
    method: 'POST',
    path: '/api/v1/organisations',
    body: (n) => ({ name: `Bench Partner ${n}`, region: 'emea', country: 'DE' }),
  },
];

type ScenarioResult = {
  name: string;
  method: string;
  path: string;
  connections: number;
  durationSeconds: number;
  requestsPerSecond: { mean: number };
  latencyMs: { p50: number; p90: number; p99: number; max: number };
  totalRequests: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodes: Record<string, number>;
};

/** Counts request bodies across warm-up and measured runs, so generated names never repeat. */
let bodySequence = 0;

async function main(): Promise<number> {
  const bench = await startBenchServer();
  try {
    const { address } = bench;
    const sessions = {} as Record<PrincipalName, Session>;
    for (const [name, email] of Object.entries(PRINCIPALS) as [PrincipalName, string][]) {
      sessions[name] = await bench.signIn(email);
    }

    const results: ScenarioResult[] = [];
    for (const scenario of SCENARIOS) {
      // Warm each scenario right before measuring it: JIT, the pool and PostgreSQL's caches then
      // serve this workload, not the previous one.
      log(`"${scenario.name}": warming up for ${WARMUP_SECONDS} s`);
      await run(address, scenario, sessions[scenario.as], WARMUP_SECONDS);
      log(`"${scenario.name}": measuring for ${SECONDS} s with ${CONNECTIONS} connections`);
      results.push(await run(address, scenario, sessions[scenario.as], SECONDS));
    }

    const failed = results.filter((result) => result.non2xx > 0 || result.errors > 0 || result.timeouts > 0);
    const report = {
      benchmark: 'api-requests',
      ok: failed.length === 0,
      node: process.version,
      platform: `${process.platform}-${process.arch}`,
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? null,
      connections: CONNECTIONS,
      durationSeconds: SECONDS,
      warmupSeconds: WARMUP_SECONDS,
      scenarios: results,
    };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    for (const result of failed) {
      log(
        `FAILED "${result.name}": ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts (status codes ${JSON.stringify(result.statusCodes)})`,
      );
    }
    return failed.length === 0 ? 0 : 1;
  } finally {
    await bench.close();
  }
}

async function run(
  address: string,
  scenario: Scenario,
  session: Session,
  seconds: number,
): Promise<ScenarioResult> {
  const headers: Record<string, string> = { cookie: session.cookie, 'x-csrf-token': session.csrfToken };
  if (scenario.body) headers['content-type'] = 'application/json';
  const makeBody = scenario.body;
  const request: autocannon.Request = { method: scenario.method, path: scenario.path, headers };
  // Called before every request, so each one carries a fresh body.
  if (makeBody) request.setupRequest = (raw) => ({ ...raw, body: JSON.stringify(makeBody(bodySequence++)) });
  const result = await autocannon({
    url: address,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [request],
  });
  const statusCodes: Record<string, number> = {};
  for (const [status, stats] of Object.entries(result.statusCodeStats ?? {})) {
    statusCodes[status] = Number(stats.count ?? 0);
  }
  return {
    name: scenario.name,
    method: scenario.method,
    path: scenario.path,
    connections: CONNECTIONS,
    durationSeconds: result.duration,
    requestsPerSecond: { mean: round(result.requests.average) },
    latencyMs: {
      p50: round(result.latency.p50),
      p90: round(result.latency.p90),
      p99: round(result.latency.p99),
      max: round(result.latency.max),
    },
    totalRequests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    statusCodes,
  };
}

runBenchmark(main);
