/**
 * Malformed requests: a well-formed baseline plus one or more *decisive* malformations (something
 * the route must refuse) and some harmless noise.
 */
import fc from 'fast-check';
import { CSRF_HEADER, csrfTokenFor, SESSION_COOKIE } from '../../src/modules/auth/request-authentication.ts';
import type { TestWorkspace } from '../factories.ts';
import { TEST_SECRET } from '../harness.ts';
import {
  bodyWrongShape,
  bodyWrongValues,
  invalidJson,
  oversizedPayload,
  setBody,
  textPlainBody,
  wrongContentType,
} from './bodies.ts';
import {
  baseline,
  type Caller,
  type Fixtures,
  type FuzzRequest,
  type Mutation,
  mutated,
  mutation,
  pct,
  validPathValue,
} from './request.ts';
import { BODY_METHODS, ID_SHAPE, type Route } from './routes.ts';
import { compiled, couldAcceptQuery, isViolable, type Parameter } from './schema.ts';
import { anyJson, headerGarbage, nastyString } from './values.ts';

export const authorizationGarbage = fc
  .oneof(
    fc.constantFrom(
      'Bearer x',
      'Bearer',
      'Bearer ',
      'bearer trl_',
      'Token trl_abc',
      'Bearer trl_ trl_',
      'Bearer  trl_x y',
    ),
    fc.string({ maxLength: 40 }).map((junk) => `Basic ${Buffer.from(junk).toString('base64')}`),
    fc.string({ maxLength: 60 }).map((junk) => `Bearer trl_${junk}`),
    fc.string({ unit: 'binary-ascii', maxLength: 60 }).map((junk) => `Bearer ${junk}`),
    headerGarbage.map((junk) => `Bearer trl_${junk}`),
    headerGarbage,
  )
  .map((value) =>
    mutation('garbage Authorization', (request) => {
      request.headers.authorization = value;
    }),
  );

export const cookieGarbage = fc
  .oneof(
    headerGarbage.map((junk) => `${SESSION_COOKIE}=${junk}`),
    fc.string({ maxLength: 50 }).map((junk) => `${SESSION_COOKIE}=${pct(junk)}`),
    fc.constantFrom(
      `${SESSION_COOKIE}=`,
      `${SESSION_COOKIE}=%zz`,
      `${SESSION_COOKIE}="unterminated`,
      `${SESSION_COOKIE}=a; ${SESSION_COOKIE}=b`,
      `${SESSION_COOKIE}`,
      '=;=;=',
      ';;;',
    ),
    fc.integer({ min: 100, max: 8000 }).map((length) => `${SESSION_COOKIE}=${'s'.repeat(length)}`),
  )
  .map((value) =>
    mutation('garbage session cookie', (request) => {
      request.headers.cookie = value;
    }),
  );

export const csrfGarbage = (world: TestWorkspace) =>
  fc
    .oneof(
      fc.constant(undefined),
      headerGarbage.filter((value) => value.trim() === value),
      fc.constant(csrfTokenFor(TEST_SECRET, world.partnerA.users.partner_admin.sessionToken).toUpperCase()),
      // Somebody else's token: valid, but not for this session.
      fc.constantFrom(
        csrfTokenFor(TEST_SECRET, world.partnerB.users.partner_admin.sessionToken),
        csrfTokenFor('another-secret-of-sufficient-length-0123456789', world.vendor.admin.sessionToken),
      ),
    )
    .map((value) =>
      mutation(value === undefined ? 'no CSRF token' : 'wrong CSRF token', (request) => {
        if (value === undefined) delete request.headers[CSRF_HEADER];
        else request.headers[CSRF_HEADER] = value;
      }),
    );

export const idempotencyKeyGarbage = fc
  .oneof(
    fc.constant(''),
    fc.integer({ min: 256, max: 5000 }).map((length) => 'i'.repeat(length)),
    fc
      .tuple(
        fc.string({ maxLength: 20 }),
        fc.constantFrom(' ', '\t', '\u0000', '\u007f', 'é', '😀', '\n', '\u0001'),
      )
      .map(([key, bad]) => `${key}${bad}${key}`),
  )
  .map((value) =>
    mutation('garbage Idempotency-Key', (request) => {
      request.headers['idempotency-key'] = value;
    }),
  );

const IF_MATCH = /^(?:W\/)?"(\d{1,9})"$/;
const ifMatchGarbage = fc
  .oneof(
    fc.constantFrom('*', '"abc"', '"1234567890"', 'W/"x"', '1', '"-1"', '""', '"1", "2"', 'W/', '"', '"1'),
    headerGarbage,
  )
  .filter((value) => !IF_MATCH.test(value.trim()))
  .map((value) =>
    mutation('garbage If-Match', (request) => {
      request.headers['if-match'] = value;
    }),
  );

function pathGarbage(route: Route, ids: readonly string[]): fc.Arbitrary<Mutation> {
  return fc.oneof(
    ...route.pathParams.map((parameter) => {
      const regex = compiled(parameter.schema?.pattern);
      const otherIds = ids.filter((id) => !regex?.test(id));
      return (
        fc
          .oneof(
            fc.string({ minLength: 1, maxLength: 30 }),
            nastyString(4),
            fc.constantFrom(
              '../',
              '../../etc/passwd',
              '\u0000',
              '%00',
              '%',
              '😀',
              ' ',
              'null',
              '0',
              '-1',
              '1e9',
              '[]',
              '{}',
            ),
            fc.constantFrom(...(otherIds.length ? otherIds : ['user_00000000000000000000000000'])),
            validPathValue(parameter, ids).map((id) => decodeURIComponent(id).toUpperCase()),
            validPathValue(parameter, ids).map((id) => `${decodeURIComponent(id)}x`),
            validPathValue(parameter, ids).map((id) => ` ${decodeURIComponent(id)}`),
            fc.integer({ min: 27, max: 60 }).map((length) => 'p'.repeat(length)),
          )
          .filter((value) => !(regex?.test(value) ?? false))
          .map(pct)
          // Longer segments than the router's maxParamLength are the router-level test's business.
          .filter((encoded) => encoded.length > 0 && encoded.length <= 100)
          .map((encoded) =>
            mutation(`path ${parameter.name} not an id`, (request) => {
              request.pathValues[parameter.name] = encoded;
            }),
          )
      );
    }),
  );
}

function queryValueGarbage(parameter: Parameter): fc.Arbitrary<string | string[]> {
  const schema = parameter.schema ?? {};
  const candidates: fc.Arbitrary<string | string[]>[] = [
    fc.constantFrom('-1', '0', 'abc', '1e9', '1.5', 'NaN', 'Infinity', '', ' ', '0x', '١٢', '9'.repeat(400)),
    fc.string({ maxLength: 30 }),
    nastyString(4),
    fc.array(fc.string({ maxLength: 5 }), { minLength: 2, maxLength: 4 }),
    fc
      .tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 9 }))
      .map(([a, b]) => [String(a), String(b)]),
  ];
  if (schema.maxLength !== undefined) {
    candidates.push(
      fc.integer({ min: schema.maxLength + 1, max: schema.maxLength + 5000 }).map((n) => 'q'.repeat(n)),
    );
  }
  if (schema.maximum !== undefined) candidates.push(fc.integer({ min: schema.maximum + 1 }).map(String));
  if (schema.minimum !== undefined) candidates.push(fc.integer({ max: schema.minimum - 1 }).map(String));
  if (schema.enum?.length)
    candidates.push(fc.constantFrom(...schema.enum.map((value) => `${String(value)}X`)));
  const isCursor = parameter.name === 'cursor';
  return fc.oneof(...candidates).filter((raw) => {
    if (!couldAcceptQuery(schema, raw)) return true;
    // Platform rule (pagination.ts): a non-empty cursor the API did not issue is refused.
    if (isCursor && typeof raw === 'string' && raw !== '') {
      return !ID_SHAPE.test(Buffer.from(raw, 'base64url').toString('utf8'));
    }
    return false;
  });
}

function queryGarbage(route: Route): fc.Arbitrary<Mutation> | null {
  const violable = route.queryParams.filter(
    (parameter) => isViolable(parameter.schema ?? {}) || parameter.name === 'cursor',
  );
  if (!violable.length) return null;
  const garbageFor = new Map(violable.map((parameter) => [parameter, queryValueGarbage(parameter)]));
  return fc
    .uniqueArray(fc.constantFrom(...violable), {
      minLength: 1,
      maxLength: 2,
      selector: (parameter) => parameter.name,
    })
    .chain((parameters) =>
      fc.tuple(
        ...parameters.map((parameter) =>
          garbageFor.get(parameter)!.map((raw) => [parameter.name, raw] as const),
        ),
      ),
    )
    .map((pairs) =>
      mutation(`bad query ${pairs.map(([name]) => name).join(',')}`, (request) => {
        for (const [name, raw] of pairs) {
          for (const value of [raw].flat()) request.query.push(`${pct(name)}=${pct(value)}`);
        }
      }),
    );
}

/** For routes that need no credentials anyway, the anonymous caller itself is what is wrong. */
const noCredentials = fc.constant(mutation('no credentials', () => {}));

/** A method the path does not have: the router answers 404 (or 401 before it, for strangers). */
function wrongMethod(route: Route): fc.Arbitrary<Mutation> | null {
  const documented = new Set(route.methodsOnPath);
  if (documented.has('GET')) documented.add('HEAD');
  const others = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'].filter(
    (method) => !documented.has(method),
  );
  if (!others.length) return null;
  return fc.constantFrom(...others).map((method) =>
    mutation(`method ${method}`, (request) => {
      request.method = method;
    }),
  );
}

/**
 * Things a route must refuse, given who calls it. Credentials are judged only where the OpenAPI
 * document says they are needed: public operations (`security: []`) act on their own inputs.
 */
function decisiveMutations(route: Route, caller: Caller, fixtures: Fixtures): fc.Arbitrary<Mutation>[] {
  const signedIn = caller.principal !== null;
  const needsCredentials = !route.isPublic;
  const list: (fc.Arbitrary<Mutation> | null)[] = [wrongMethod(route)];
  if (needsCredentials) {
    list.push(authorizationGarbage, cookieGarbage);
    if (!signedIn) list.push(noCredentials);
    // Cookie-authenticated writes need the CSRF token; strangers are refused before that anyway.
    if (!signedIn || route.method !== 'GET') list.push(csrfGarbage(fixtures.world));
    if (route.method === 'POST') list.push(idempotencyKeyGarbage);
  }
  // Resource updates honour optimistic concurrency (concurrency.ts): a bogus ETag is refused.
  if (route.method === 'PATCH' && route.pathParams.length) list.push(ifMatchGarbage);
  if (route.pathParams.length) list.push(pathGarbage(route, fixtures.ids));
  list.push(queryGarbage(route));
  if (route.body) {
    list.push(bodyWrongShape(route.body), bodyWrongValues(route.body), textPlainBody(route.body));
  }
  if (BODY_METHODS.has(route.method)) list.push(invalidJson, wrongContentType(route.body), oversizedPayload);
  return list.filter((entry): entry is fc.Arbitrary<Mutation> => entry !== null);
}

/** Things no route should care about. */
export function noiseMutations(route: Route): fc.Arbitrary<Mutation>[] {
  const list: fc.Arbitrary<Mutation>[] = [
    fc
      .tuple(fc.string({ minLength: 1, maxLength: 10 }), fc.string({ maxLength: 10 }))
      .map(([name, value]) =>
        mutation(
          'unknown query parameter',
          (request) => void request.query.push(`fuzz_${pct(name)}=${pct(value)}`),
        ),
      ),
    fc
      .tuple(
        fc.constantFrom(
          'x-fuzz',
          'accept',
          'accept-language',
          'user-agent',
          'x-forwarded-for',
          'origin',
          'x-request-id',
        ),
        headerGarbage,
      )
      .map(([name, value]) =>
        mutation(`odd ${name}`, (request) => {
          request.headers[name] = value;
        }),
      ),
    fc.string({ maxLength: 30 }).map((junk) =>
      mutation('unrelated cookie', (request) => {
        const cookie = request.headers.cookie;
        request.headers.cookie = cookie ? `${cookie}; fuzz=${pct(junk)}` : `fuzz=${pct(junk)}`;
      }),
    ),
  ];
  if (!BODY_METHODS.has(route.method)) {
    list.push(
      fc
        .tuple(anyJson, fc.constantFrom('application/json', 'text/plain', 'application/xml'))
        .map(([junk, type]) =>
          mutation('body on a GET', (request) => setBody(request, JSON.stringify(junk), type)),
        ),
    );
  }
  return list;
}

export function malformedRequest(
  route: Route,
  caller: Caller,
  fixtures: Fixtures,
): fc.Arbitrary<FuzzRequest> {
  const decisive = decisiveMutations(route, caller, fixtures);
  return fc
    .tuple(
      baseline(route, caller, fixtures.ids),
      // Mostly one malformation, so the later checks (If-Match, Idempotency-Key…) are reached too.
      fc.oneof(
        { weight: 3, arbitrary: fc.oneof(...decisive).map((one) => [one]) },
        { weight: 1, arbitrary: fc.array(fc.oneof(...decisive), { minLength: 2, maxLength: 3 }) },
      ),
      fc.array(fc.oneof(...noiseMutations(route)), { maxLength: 2 }),
    )
    .map(([base, broken, noise]) => mutated(route, base, [...noise, ...broken]));
}

export const BAD_ESCAPES = ['%', '%z', '%zz', '%E0%A4%A', '%C3%28', '%FF', '%ED%A0%80', '%%', '%u0041'];

/** Garbage the router meets before any route: malformed percent-encoding and over-long segments. */
export function routerGarbage(route: Route, fixtures: Fixtures): fc.Arbitrary<FuzzRequest> {
  const segment = fc.oneof(
    fc
      .tuple(fc.string({ unit: 'grapheme-ascii', maxLength: 8 }), fc.constantFrom(...BAD_ESCAPES))
      .map(([prefix, badEscape]) => ({ note: 'bad percent-encoding', value: `${pct(prefix)}${badEscape}` })),
    fc
      .integer({ min: 101, max: 10_000 })
      .map((length) => ({ note: `${length}-char segment`, value: 'l'.repeat(length) })),
  );
  const baselines = new Map(
    fixtures.callers.map((caller) => [caller, baseline(route, caller, fixtures.ids)]),
  );
  return fc
    .tuple(fc.constantFrom(...fixtures.callers), fc.constantFrom(...route.pathParams), segment)
    .chain(([caller, parameter, { note, value }]) =>
      baselines.get(caller)!.map((base) =>
        mutated(route, base, [
          mutation(`${caller.name}, ${note}`, (request) => {
            request.pathValues[parameter.name] = value;
          }),
        ]),
      ),
    );
}
