/**
 * Event pipeline benchmark: how long from an API change to the signed webhook arriving at a
 * receiver (p50/p95), and how many domain events per second the dispatcher fans out (notices,
 * e-mails, webhook deliveries included), on the embedded PostgreSQL with one in-process worker.
 *
 *   npm run bench:events        # BENCH_EVENTS=1000 by default
 *
 * Prints one JSON document on stdout. Timings are reported, never asserted.
 */
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import pg from 'pg';
import { startWorkers } from '../server/src/workers.ts';
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

const LATENCY_SAMPLES = positiveNumber('BENCH_LATENCY_SAMPLES', 200);
const BURST = positiveNumber('BENCH_EVENTS', 1000);
const CONCURRENCY = 10;

async function main(): Promise<number> {
  const arrivals = new Map<string, number>();
  const receiver = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => {
      const id = (JSON.parse(body) as { data: { id: string } }).data.id;
      arrivals.set(id, performance.now());
      response.writeHead(204).end();
    });
  });
  receiver.listen(0, '127.0.0.1');
  await once(receiver, 'listening');
  const bench = await startBenchServer();
  bench.onClose(() => new Promise((resolve) => receiver.close(resolve)));
  try {
    const admin = await bench.signIn('admin@acme.test');
    const manager = await bench.signIn('channel@acme.test');
    const { port } = receiver.address() as AddressInfo;
    await call(bench.address, admin, 'POST', '/api/v1/webhook-endpoints', {
      url: `http://127.0.0.1:${port}/hooks`,
      eventTypes: ['organisation.created'],
    });
    const workers = await startWorkers({
      ownerUrl: bench.ownerUrl,
      db: bench.db,
      config: bench.config,
      secret: BENCH_SECRET,
      log: () => undefined,
    });
    bench.onClose(() => workers.stop());

    log(`latency: ${LATENCY_SAMPLES} changes, one at a time`);
    const latencies: number[] = [];
    for (let index = 0; index < LATENCY_SAMPLES; index++) {
      const { id } = await call(bench.address, manager, 'POST', '/api/v1/organisations', {
        name: `Latency ${index}`,
      });
      const committedAt = performance.now();
      await waitFor(() => arrivals.has(id), 30_000);
      latencies.push(arrivals.get(id)! - committedAt);
    }
    latencies.sort((a, b) => a - b);

    log(`throughput: ${BURST} changes, ${CONCURRENCY} at a time, until every event is dispatched`);
    const started = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < BURST) {
          const index = next++;
          await call(bench.address, manager, 'POST', '/api/v1/organisations', { name: `Burst ${index}` });
        }
      }),
    );
    const created = performance.now();
    await waitFor(async () => (await pendingEvents(bench.ownerUrl)) === 0, 300_000);
    const dispatched = performance.now();
    await waitFor(() => arrivals.size >= LATENCY_SAMPLES + BURST, 300_000);
    const delivered = performance.now();

    const report = {
      benchmark: 'event-delivery',
      node: process.version,
      cpus: os.cpus().length,
      eventToWebhookMs: {
        samples: latencies.length,
        p50: percentile(latencies, 0.5),
        p95: percentile(latencies, 0.95),
        max: percentile(latencies, 1),
      },
      burst: {
        events: BURST,
        apiSeconds: round((created - started) / 1000),
        eventsDispatchedPerSecond: round(BURST / ((dispatched - started) / 1000)),
        webhooksDeliveredPerSecond: round(BURST / ((delivered - started) / 1000)),
      },
    };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return 0;
  } finally {
    await bench.close();
  }
}

async function call(address: string, session: Session, method: string, path: string, body: unknown) {
  const response = await fetch(`${address}${path}`, {
    method,
    headers: {
      cookie: session.cookie,
      'x-csrf-token': session.csrfToken,
      'content-type': 'application/json',
    },
    body: JSON.stringify(body),
  });
  if (!response.ok)
    throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as { id: string };
}

async function pendingEvents(ownerUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const result = await client.query(
      'SELECT count(*)::int AS n FROM domain_events WHERE dispatched_at IS NULL',
    );
    return result.rows[0].n;
  } finally {
    await client.end();
  }
}

async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!(await condition())) {
    if (performance.now() > deadline) throw new Error(`gave up after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

runBenchmark(main);
