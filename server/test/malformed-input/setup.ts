/**
 * One app and database per test file, a workspace in it, and a few more rows so that real ids
 * exist for every id-taking route.
 */
import fc from 'fast-check';
import type { InjectOptions } from 'fastify';
import { type App, buildApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import type { Database } from '../../src/platform/db/connection.ts';
import { as, createTestWorkspace } from '../factories.ts';
import { createTestClock, createTestDatabase, TEST_SECRET } from '../harness.ts';
import { createTally, type Exchange, judge, type LoggedError } from './judge.ts';
import { type Caller, type Fixtures, type FuzzRequest, urlOf } from './request.ts';
import { discoverRoutes, ID_SHAPE, type OpenApi, type Route } from './routes.ts';

/** Runs per route × caller; the slower file must stay well under a minute. */
export const RUNS_PER_CALLER = Number(process.env.FUZZ_RUNS ?? 40);
const SEED = process.env.FC_SEED ? Number(process.env.FC_SEED) : undefined;

export type Fuzzing = {
  app: App;
  ownerUrl: string;
  routes: Route[];
  fixtures: Fixtures;
  /** Sends `runs` requests from the arbitrary, one at a time, and judges every answer. */
  check: (
    route: Route,
    requests: fc.Arbitrary<FuzzRequest>,
    options: { mustRefuse: boolean; runs: number },
  ) => Promise<void>;
  /** How many requests went out, and the statuses that came back. */
  summary: () => string;
  close: () => Promise<void>;
};

/** Like `createTestApp()`, but the error log is kept, so a 5xx failure can show its stack trace. */
async function createFuzzApp() {
  const testDatabase = await createTestDatabase();
  const serverLog: LoggedError[] = [];
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'error',
    RATE_LIMIT_MAX: '100000',
    LOGIN_RATE_LIMIT_MAX: '100000',
  });
  const app = await buildApp({
    db: testDatabase.database.db,
    config,
    secret: TEST_SECRET,
    clock: createTestClock().now,
    logger: {
      level: 'error',
      stream: {
        write: (chunk: string) => {
          for (const line of chunk.split('\n').filter(Boolean)) serverLog.push(JSON.parse(line));
        },
      },
    },
  });
  await app.ready();
  return {
    ...testDatabase,
    app,
    serverLog,
    close: async () => {
      await app.close();
      await testDatabase.drop();
    },
  };
}

async function createFixtures(app: App, database: Database): Promise<Fixtures> {
  const world = await createTestWorkspace(database, 'Fuzz');
  const vendorAdmin = world.vendor.admin;
  const fixtureKey = await as(app, vendorAdmin).post('/api/v1/api-keys', {
    name: 'fuzz fixture',
    scopes: ['users:read'],
  });
  const fixtureInvitation = await as(app, vendorAdmin).post('/api/v1/invitations', {
    email: `fixture.${Date.now()}@example.test`,
    role: 'partner_sales',
    organisationId: world.partnerB.id,
  });
  const ids = new Set<string>();
  (function collect(value: unknown): void {
    if (typeof value === 'string' && ID_SHAPE.test(value)) ids.add(value);
    else if (value && typeof value === 'object') for (const inner of Object.values(value)) collect(inner);
  })([world, fixtureKey.json(), fixtureInvitation.json()]);
  const callers: Caller[] = [
    { name: 'anonymous', principal: null },
    { name: 'partner admin', principal: world.partnerA.users.partner_admin },
    { name: 'vendor admin', principal: vendorAdmin },
  ];
  return { world, callers, ids: [...ids] };
}

export async function setUpFuzzing(): Promise<Fuzzing> {
  const { app, ownerUrl, database, serverLog, close } = await createFuzzApp();
  let fixtures: Fixtures;
  try {
    fixtures = await createFixtures(app, database.db);
  } catch (error) {
    await close();
    throw error;
  }
  const tally = createTally();
  const routes = discoverRoutes(app.swagger() as unknown as OpenApi);

  async function send(route: Route, request: FuzzRequest): Promise<Exchange> {
    const logged = serverLog.length;
    const response = await app.inject({
      method: request.method as InjectOptions['method'],
      url: urlOf(route, request),
      headers: request.headers,
      ...(request.payload !== undefined ? { payload: request.payload } : {}),
    });
    tally.record(response.statusCode);
    return { response, serverErrors: serverLog.slice(logged) };
  }

  return {
    app,
    ownerUrl,
    routes,
    fixtures,
    check: (route, requests, { mustRefuse, runs }) =>
      fc.assert(
        fc.asyncProperty(requests, async (request) => {
          judge(route, request, await send(route, request), { mustRefuse });
        }),
        { numRuns: runs, ...(SEED !== undefined ? { seed: SEED } : {}) },
      ),
    summary: () => tally.summary(routes.length),
    close,
  };
}
