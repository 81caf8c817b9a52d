import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { buildApp } from '../server/src/app.ts';
import { loadConfig } from '../server/src/config.ts';
import { DEMO_PASSWORD, seedDemoData } from '../server/src/modules/demo/seed-demo-data.ts';
import { openDatabase } from '../server/src/platform/db/connection.ts';
import { migrateDatabase } from '../server/src/platform/db/migrate.ts';
import { startDatabase } from '../server/src/platform/db/start-database.ts';
import { freePort } from '../server/test/free-port.ts';

export const BENCH_SECRET = 'bench-secret-that-is-long-enough-for-hmac-0123456789';

export type Session = { cookie: string; csrfToken: string };

export const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);

/**
 * The server as `trellis serve` starts it — embedded PostgreSQL in a throw-away directory,
 * migrations, the demo data — listening on loopback. Close it to remove everything again.
 */
export async function startBenchServer(overrides: Record<string, string> = {}) {
  const cleanup: (() => Promise<unknown>)[] = [];
  const close = async () => {
    for (const step of cleanup)
      await step().catch((error: unknown) => log(`cleanup failed: ${String(error)}`));
  };
  try {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'trellis-bench-'));
    cleanup.unshift(() => rm(dataDir, { recursive: true, force: true }));
    const config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      RATE_LIMIT_MAX: '100000000',
      LOGIN_RATE_LIMIT_MAX: '100000',
      TRELLIS_DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(await freePort()),
      ...overrides,
    });
    const server = await startDatabase(config, log);
    cleanup.unshift(() => server.stop());
    await migrateDatabase(server.ownerUrl);
    const database = openDatabase(server.ownerUrl);
    cleanup.unshift(() => database.close());
    const seeded = await seedDemoData({ db: database.db, hasData: async () => false, isProduction: false });
    if (!seeded.seeded) throw new Error(`demo data was not seeded: ${seeded.reason}`);
    const app = await buildApp({ db: database.db, config, secret: BENCH_SECRET });
    cleanup.unshift(() => app.close());
    const address = await app.listen({ host: '127.0.0.1', port: await freePort() });
    log(`app listening at ${address}`);
    return {
      address,
      config,
      db: database.db,
      ownerUrl: server.ownerUrl,
      workspaceId: seeded.workspaceId,
      signIn: (email: string) => signIn(address, email),
      /** Registers a step to run first on close, e.g. stopping workers before the database. */
      onClose: (step: () => Promise<unknown>) => cleanup.unshift(step),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Signs in the way the web app does and keeps what a browser would send back. */
async function signIn(address: string, email: string): Promise<Session> {
  const response = await fetch(`${address}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  if (response.status !== 200) {
    throw new Error(`sign-in as ${email} answered ${response.status}: ${await response.text()}`);
  }
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  const cookies = response.headers.getSetCookie().map((header) => header.split(';')[0]!);
  const session = cookies.find((cookie) => cookie.startsWith('trellis_session='));
  if (!session || !csrfToken) throw new Error(`sign-in as ${email} gave no session cookie or CSRF token`);
  return { cookie: session, csrfToken };
}

export function positiveNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0)
    throw new Error(`${name} must be a positive number, got "${raw}"`);
  return value;
}

export function round(value: number): number {
  return Math.round(value * 100) / 100;
}

export function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1);
  return round(sorted[Math.max(0, index)]!);
}

/**
 * Runs a benchmark's main: a failure exits at once with its code; success is left to exit by
 * itself, which also proves that everything was shut down.
 */
export function runBenchmark(main: () => Promise<number>): void {
  main().then(
    (code) => {
      if (code) process.exit(code);
    },
    (error: unknown) => {
      log(`error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      process.exit(1);
    },
  );
}
