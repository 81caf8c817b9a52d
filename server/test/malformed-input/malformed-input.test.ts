/**
 * Property-based fuzzing of every documented route with malformed input.
 *
 * For each route in the app's OpenAPI document and each of three callers (anonymous, a partner
 * admin, a vendor admin) fast-check builds requests from a well-formed baseline plus one or more
 * *decisive* malformations (something the route must refuse) and some harmless noise:
 *
 *   - bodies of the wrong shape, with wrong-typed or out-of-range fields (derived from the
 *     requestBody schema), invalid JSON, the wrong content type, oversized fields and payloads;
 *   - path parameters that are not ids, query parameters that break their schema, garbage cursors;
 *   - garbage Authorization, session cookie, CSRF token, Idempotency-Key and If-Match headers.
 *
 * Every answer must be a 4xx RFC 9457 problem (never a 5xx, never a 2xx), and a batch of malformed
 * writes must leave the database exactly as it was (audit trail included).
 *
 * Schema-valid but hostile input is hostile-input.test.ts's business.
 *
 * Reproduce a failure with the seed fast-check prints:
 * `FC_SEED=<seed> npx vitest run test/malformed-input/malformed-input.test.ts`.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { malformedRequest, routerGarbage } from './arbitraries.ts';
import { databaseSnapshot } from './database-snapshot.ts';
import { RUNS_PER_CALLER, setUpFuzzing } from './setup.ts';

/** Runs per route and caller for garbage the router sees before any route does. */
const ROUTER_RUNS = Math.max(3, Math.round(RUNS_PER_CALLER / 4));

const fuzzing = await setUpFuzzing();
afterAll(async () => {
  console.log(`malformed-input: ${fuzzing.summary()}`);
  await fuzzing.close();
});

const { app, routes, fixtures } = fuzzing;
const before = await databaseSnapshot(fuzzing.ownerUrl, fixtures.world.workspaceId);

describe('the route list comes from the OpenAPI document', () => {
  it('covers the API and the health probes, and every documented route exists', () => {
    const labels = routes.map((route) => route.label);
    expect(labels).toContain('GET /healthz');
    expect(labels).toContain('GET /readyz');
    expect(routes.filter((route) => route.path.startsWith('/api/v1/')).length).toBeGreaterThan(10);
    for (const route of routes) {
      const url = route.path.replace(/\{([^}]+)\}/g, ':$1');
      expect(app.hasRoute({ method: route.method as 'GET', url }), route.label).toBe(true);
    }
  });
});

describe('malformed input gets a 4xx problem, never a 5xx or a 2xx', () => {
  for (const route of routes) {
    describe(route.label, () => {
      for (const caller of fixtures.callers) {
        it(`as ${caller.name}`, async () => {
          await fuzzing.check(route, malformedRequest(route, caller, fixtures), {
            mustRefuse: true,
            runs: RUNS_PER_CALLER,
          });
        });
      }
    });
  }
});

describe('malformed requests changed nothing', () => {
  it('left every table, the audit trail included, as it was', async () => {
    expect(await databaseSnapshot(fuzzing.ownerUrl, fixtures.world.workspaceId)).toEqual(before);
  });
});

// The router answers these before authentication runs, so one test per route, callers mixed.
describe('garbage in the URL itself gets a 4xx problem', () => {
  for (const route of routes.filter((candidate) => candidate.pathParams.length > 0)) {
    it(route.label, async () => {
      await fuzzing.check(route, routerGarbage(route, fixtures), {
        mustRefuse: true,
        runs: ROUTER_RUNS * fixtures.callers.length,
      });
    });
  }
});
