import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { inject } from 'vitest';
import { type App, buildApp } from '../src/app.ts';
import { type Config, loadConfig } from '../src/config.ts';
import { type DatabaseHandle, openDatabase } from '../src/platform/db/connection.ts';
import { TEMPLATE_DATABASE } from './global-setup.ts';

export const TEST_SECRET = 'test-secret-that-is-long-enough-for-hmac-0123456789';

/** A clock tests move by hand: lock-outs and expiries without sleeping. */
export type TestClock = { now: () => Date; advance: (ms: number) => void };

export function createTestClock(start = new Date()): TestClock {
  let current = start.getTime();
  return {
    now: () => new Date(current),
    advance: (ms) => {
      current += ms;
    },
  };
}

export type TestDatabase = { ownerUrl: string; database: DatabaseHandle; drop: () => Promise<void> };

/** A fresh database cloned from the migrated template: real PostgreSQL, owned by this test file. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const baseUrl = inject('postgresBaseUrl');
  const name = `trellis_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: `${baseUrl}/postgres` });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DATABASE}`);
  await admin.end();
  const ownerUrl = `${baseUrl}/${name}`;
  const database = openDatabase(ownerUrl, { max: 10, onIdleError: () => undefined });
  return {
    ownerUrl,
    database,
    drop: async () => {
      await database.close();
      const cleanup = new pg.Client({ connectionString: `${baseUrl}/postgres` });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

export type TestApp = TestDatabase & {
  app: App;
  clock: TestClock;
  config: Config;
  close: () => Promise<void>;
};

export async function createTestApp(overrides: Partial<Record<keyof Config, string>> = {}): Promise<TestApp> {
  const testDatabase = await createTestDatabase();
  const clock = createTestClock();
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    RATE_LIMIT_MAX: '100000',
    LOGIN_RATE_LIMIT_MAX: '100000',
    ...overrides,
  });
  const app = await buildApp({ db: testDatabase.database.db, config, secret: TEST_SECRET, clock: clock.now });
  await app.ready();
  return {
    ...testDatabase,
    app,
    clock,
    config,
    close: async () => {
      await app.close();
      await testDatabase.drop();
    },
  };
}

/** Straight to the database as its owner, past the API and row-level security. */
export async function ownerQuery<Row extends pg.QueryResultRow = Record<string, unknown>>(
  ownerUrl: string,
  text: string,
  values: unknown[] = [],
): Promise<Row[]> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    return (await client.query<Row>(text, values)).rows;
  } finally {
    await client.end();
  }
}

const SERVER_DIR = path.resolve(import.meta.dirname, '..');

/** The real `trellis` command line against a test database; never throws, returns code and output. */
export async function runTrellis(
  args: string[],
  { databaseUrl, dataDir }: { databaseUrl: string; dataDir: string },
): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)('node', ['bin/trellis.js', ...args], {
      cwd: SERVER_DIR,
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        TRELLIS_DATA_DIR: dataDir,
        TRELLIS_SECRET: TEST_SECRET,
      },
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}
