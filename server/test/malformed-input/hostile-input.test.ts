/**
 * Property-based fuzzing of every documented route with input that is *allowed* by the schema but
 * hostile: NUL and control characters, lone surrogates, emoji, LIKE wildcards… in free-text
 * fields, and tolerated noise (garbage cookies on public routes, bodies on GETs, unknown query
 * parameters). Such requests may succeed, but must never produce a 5xx or a non-problem error.
 *
 * Its own app and database: hostile requests may succeed and change rows, which must not disturb
 * malformed-input.test.ts's check that malformed requests changed nothing.
 *
 * Reproduce a failure with the seed fast-check prints:
 * `FC_SEED=<seed> npx vitest run test/malformed-input/hostile-input.test.ts`.
 */
import { afterAll, describe, it } from 'vitest';
import { hostileRequest } from './hostile.ts';
import { RUNS_PER_CALLER, setUpFuzzing } from './setup.ts';

const fuzzing = await setUpFuzzing();
afterAll(async () => {
  console.log(`hostile-input: ${fuzzing.summary()}`);
  await fuzzing.close();
});

const { routes, fixtures } = fuzzing;

// Signed-in callers get no case on body-less commands (see hostileRequest): only the pairs with
// something to send become tests.
const cases = routes
  .map((route) => ({
    route,
    callers: fixtures.callers.flatMap((caller) => {
      const requests = hostileRequest(route, caller, fixtures);
      return requests ? [{ caller, requests }] : [];
    }),
  }))
  .filter(({ callers }) => callers.length > 0);

describe('schema-valid but hostile input never causes a 5xx', () => {
  for (const { route, callers } of cases) {
    describe(route.label, () => {
      for (const { caller, requests } of callers) {
        it(`as ${caller.name}`, async () => {
          await fuzzing.check(route, requests, { mustRefuse: false, runs: RUNS_PER_CALLER });
        });
      }
    });
  }
});
