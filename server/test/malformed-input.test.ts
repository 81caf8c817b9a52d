/**
 * Property-based fuzzing of every documented route with malformed input.
 *
 * The routes come from the app's own OpenAPI document (`app.swagger()`), so a route added later is
 * fuzzed without touching this file. For each route and each of three callers (anonymous, a partner
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
 * A second block sends input that is *allowed* by the schema but hostile (NUL and control
 * characters, lone surrogates, emoji, LIKE wildcards…) in free-text fields, and tolerated noise
 * (garbage cookies on public routes, bodies on GETs, unknown query parameters): those may succeed,
 * but must never produce a 5xx or a non-problem error.
 *
 * Reproduce a failure with the seed fast-check prints: `FC_SEED=<seed> npx vitest run test/malformed-input.test.ts`.
 */
import fc from 'fast-check';
import type { InjectOptions, LightMyRequestResponse as InjectResponse } from 'fastify';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { CSRF_HEADER, csrfTokenFor, SESSION_COOKIE } from '../src/modules/auth/request-authentication.ts';
import { as, createTestWorkspace, type Principal, type TestWorkspace } from './factories.ts';
import { createTestClock, createTestDatabase, TEST_SECRET } from './harness.ts';

// ---------------------------------------------------------------------------------------------
// Tuning
// ---------------------------------------------------------------------------------------------

/** Runs per route × caller for malformed input; the whole file must stay well under a minute. */
const MALFORMED_RUNS = Number(process.env.FUZZ_RUNS ?? 40);
/** Runs per route × caller for schema-valid but hostile input. */
const HOSTILE_RUNS = MALFORMED_RUNS;
/** Runs per route and caller for garbage the router sees before any route does. */
const ROUTER_RUNS = Math.max(3, Math.round(MALFORMED_RUNS / 4));
const SEED = process.env.FC_SEED ? Number(process.env.FC_SEED) : undefined;
const fcOptions = (numRuns: number): fc.Parameters<unknown> => ({
  numRuns,
  ...(SEED !== undefined ? { seed: SEED } : {}),
});

const BODY_LIMIT = 1024 * 1024;
const HTTP_METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
/** Methods for which Fastify reads and parses a request body. */
const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const ID_SHAPE = /^[a-z]+_[0-9a-z]{26}$/;

// ---------------------------------------------------------------------------------------------
// The app, a workspace, and a few more rows so real ids exist for every id-taking route
// ---------------------------------------------------------------------------------------------

type LoggedError = { msg?: string; err?: { type?: string; message?: string; stack?: string } };
/** What the server logged at level error: every 5xx leaves its stack trace here. */
const serverLog: LoggedError[] = [];

/** Like `createTestApp()`, but the error log is kept, so a 5xx failure can show its stack trace. */
async function createFuzzApp() {
  const testDatabase = await createTestDatabase();
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
    close: async () => {
      await app.close();
      await testDatabase.drop();
    },
  };
}

const t = await createFuzzApp();
afterAll(async () => {
  const statuses = [...statusTally].sort(([a], [b]) => a - b).map(([status, count]) => `${status}×${count}`);
  console.log(
    `malformed-input: sent ${requestCount} requests to ${routes.length} documented operations (${statuses.join(', ')})`,
  );
  await t.close();
});

let world: TestWorkspace;
try {
  world = await createTestWorkspace(t.database.db, 'Fuzz');
} catch (error) {
  await t.close();
  throw error;
}

const vendorAdmin = world.vendor.admin;
const partnerAdmin = world.partnerA.users.partner_admin;

const fixtureKey = await as(t.app, vendorAdmin).post('/api/v1/api-keys', {
  name: 'fuzz fixture',
  scopes: ['users:read'],
});
const fixtureInvitation = await as(t.app, vendorAdmin).post('/api/v1/invitations', {
  email: `fixture.${Date.now()}@example.test`,
  role: 'partner_sales',
  organisationId: world.partnerB.id,
});

/** Every entity id we know of, to aim malformed requests at rows that really exist. */
const knownIds = new Set<string>();
(function collect(value: unknown): void {
  if (typeof value === 'string' && ID_SHAPE.test(value)) knownIds.add(value);
  else if (value && typeof value === 'object') for (const inner of Object.values(value)) collect(inner);
})([world, fixtureKey.json(), fixtureInvitation.json()]);

// ---------------------------------------------------------------------------------------------
// Routes, from the OpenAPI document
// ---------------------------------------------------------------------------------------------

type Schema = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  items?: Schema;
  minItems?: number;
  maxItems?: number;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
};
type Parameter = { name: string; in: string; required?: boolean; schema?: Schema };
type Operation = {
  operationId?: string;
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
  security?: unknown[];
};
type OpenApi = {
  paths: Record<string, Partial<Record<string, Operation>>>;
  components?: { schemas?: Record<string, Schema> };
};

type Route = {
  method: string;
  /** OpenAPI template, e.g. `/api/v1/users/{id}`. */
  path: string;
  label: string;
  isPublic: boolean;
  pathParams: Parameter[];
  queryParams: Parameter[];
  body: Schema | undefined;
};

const openApi = t.app.swagger() as unknown as OpenApi;

function deref(schema: Schema): Schema {
  let current = schema;
  for (let depth = 0; current.$ref && depth < 20; depth++) {
    const name = current.$ref.replace('#/components/schemas/', '');
    current = openApi.components?.schemas?.[name] ?? {};
  }
  return current;
}

const routes: Route[] = Object.entries(openApi.paths)
  .flatMap(([path, operations]) =>
    HTTP_METHODS.flatMap((method) => {
      const operation = operations[method];
      if (!operation) return [];
      const parameters = operation.parameters ?? [];
      const body = operation.requestBody?.content?.['application/json']?.schema;
      return [
        {
          method: method.toUpperCase(),
          path,
          label: `${method.toUpperCase()} ${path}`,
          // Public operations say so with `security: []`; the rest inherit the global requirement.
          isPublic: Array.isArray(operation.security) && operation.security.length === 0,
          pathParams: parameters.filter((parameter) => parameter.in === 'path'),
          queryParams: parameters.filter((parameter) => parameter.in === 'query'),
          body: body ? deref(body) : undefined,
        },
      ];
    }),
  )
  .sort((a, b) => a.label.localeCompare(b.label));

// ---------------------------------------------------------------------------------------------
// A lenient JSON-schema check: "could the server accept this value?"
//
// Lenient on purpose: a value counts as malformed only when no reading of the schema accepts it,
// allowing for the trimming and lower-casing some fields do before they check a pattern. So the
// test never blames the server for accepting something that is in fact valid.
// ---------------------------------------------------------------------------------------------

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function isOfType(type: string, value: unknown): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'null':
      return value === null;
    case 'array':
      return Array.isArray(value);
    case 'object':
      return isPlainObject(value);
    default:
      return true;
  }
}

function compiled(pattern: string): RegExp | null {
  try {
    return new RegExp(pattern);
  } catch {
    return null;
  }
}

function stringCouldPass(schema: Schema, value: string): boolean {
  const variants = new Set([value, value.trim(), value.toLowerCase(), value.trim().toLowerCase()]);
  const regex = schema.pattern ? compiled(schema.pattern) : null;
  return [...variants].some((variant) => {
    const lengths = [variant.length, [...variant].length];
    if (schema.minLength !== undefined && lengths.every((length) => length < schema.minLength!)) return false;
    if (schema.maxLength !== undefined && lengths.every((length) => length > schema.maxLength!)) return false;
    if (regex && !regex.test(variant)) return false;
    return true;
  });
}

function couldAccept(rawSchema: Schema, value: unknown): boolean {
  const schema = deref(rawSchema);
  if (schema.anyOf && !schema.anyOf.some((option) => couldAccept(option, value))) return false;
  if (schema.oneOf && !schema.oneOf.some((option) => couldAccept(option, value))) return false;
  if (schema.allOf && !schema.allOf.every((part) => couldAccept(part, value))) return false;
  if (schema.const !== undefined && schema.const !== value) return false;
  if (schema.enum && !schema.enum.includes(value)) return false;
  if (schema.type !== undefined && ![schema.type].flat().some((type) => isOfType(type, value))) return false;
  if (typeof value === 'string') return stringCouldPass(schema, value);
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) return false;
    if (schema.maximum !== undefined && value > schema.maximum) return false;
    if (schema.exclusiveMinimum !== undefined && value <= schema.exclusiveMinimum) return false;
    if (schema.exclusiveMaximum !== undefined && value >= schema.exclusiveMaximum) return false;
    return true;
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems) return false;
    if (schema.maxItems !== undefined && value.length > schema.maxItems) return false;
    return !schema.items || value.every((item) => couldAccept(schema.items!, item));
  }
  if (isPlainObject(value)) {
    const keys = Object.keys(value);
    if ((schema.required ?? []).some((key) => !keys.includes(key))) return false;
    const properties = schema.properties ?? {};
    for (const key of keys) {
      const property = Object.hasOwn(properties, key) ? properties[key] : undefined;
      if (property) {
        if (!couldAccept(property, value[key])) return false;
      } else if (schema.additionalProperties === false) return false;
    }
    return true;
  }
  return true;
}

/** Query values arrive as strings (or arrays when repeated); number fields coerce with `Number()`. */
function couldAcceptQuery(rawSchema: Schema, raw: string | string[]): boolean {
  const schema = deref(rawSchema);
  const types = schema.type === undefined ? [] : [schema.type].flat();
  if (types.includes('integer') || types.includes('number')) return couldAccept(schema, Number(raw));
  if (types.includes('boolean')) return true;
  if (Array.isArray(raw)) return !types.length || types.includes('array');
  return couldAccept(schema, raw);
}

/** Whether some value breaks the schema, so a malformed variant of it can be generated. */
function isViolable(schema: Schema): boolean {
  const probes: unknown[] = [null, 0, 1.5, '', 'x'.repeat(5000), [], {}, true, [[]], { '\u0000': 1 }];
  return probes.some((probe) => !couldAccept(schema, probe));
}

// ---------------------------------------------------------------------------------------------
// Building blocks
// ---------------------------------------------------------------------------------------------

/** Percent-encodes every UTF-8 byte outside the unreserved set; unlike encodeURIComponent it
 * never throws (lone surrogates go out as U+FFFD, as any client would send them). */
function pct(value: string): string {
  let out = '';
  for (const byte of Buffer.from(value, 'utf8')) {
    const char = String.fromCharCode(byte);
    out += /[A-Za-z0-9\-._~]/.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

const NASTY_PIECES = [
  '\u0000',
  '\u0001',
  '\b',
  '\t',
  '\n',
  '\r',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u00a0',
  '\u200b',
  '\u200e',
  '\u202e',
  '\u2028',
  '\ufeff',
  '\ufffd',
  '\ud800',
  '\udfff',
  '😀',
  '👩‍👩‍👧‍👦',
  '🇩🇪',
  'e\u0301',
  'İ',
  'ß',
  '中文',
  'مرحبا',
  '\u{10ffff}',
  '%',
  '_',
  '\\',
  "'",
  '"',
  '`',
  "'; DROP TABLE users; --",
  '<script>',
  '#{x}',
  '$(id)',
  '../',
  '%00',
  '%zz',
  'null',
  ' ',
];

/** Strings built to upset parsers, databases and terminals. */
const nastyString = (maxPieces = 12) =>
  fc
    .array(
      fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom(...NASTY_PIECES) },
        { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
        { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
      ),
      { minLength: 1, maxLength: maxPieces },
    )
    .map((pieces) => pieces.join(''));

/** Strings from 10 kB to 2 MB, of one repeated (possibly multi-byte or NUL) character. */
const hugeString = fc
  .tuple(fc.integer({ min: 10_000, max: 2 * BODY_LIMIT }), fc.constantFrom('x', 'é', '😀', '\u0000', 'A '))
  .map(([length, unit]) => unit.repeat(Math.ceil(length / unit.length)));

/** Header values: printable junk, tabs and other control characters, latin-1, over-long. */
const headerGarbage = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary-ascii', maxLength: 40 }),
  nastyString(6),
  fc.integer({ min: 256, max: 9000 }).map((length) => 'k'.repeat(length)),
  fc.constantFrom('', ' ', '\t', 'null', 'undefined', '0', '-1', '[]', '{}', '"', 'ÿ'),
);

const idLike = (prefix: string) =>
  fc
    .string({
      unit: fc.constantFrom(...'0123456789abcdefghijklmnopqrstuvwxyz'),
      minLength: 26,
      maxLength: 26,
    })
    .map((body) => `${prefix}_${body}`);

/** JSON values of any type, including deep nesting. */
const anyJson = fc.oneof(
  { weight: 4, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
  {
    weight: 1,
    arbitrary: fc.integer({ min: 20, max: 200 }).map((depth) => {
      let value: unknown = 'deep';
      for (let level = 0; level < depth; level++) value = level % 2 ? [value] : { a: value };
      return value;
    }),
  },
);

const OMIT = Symbol('omit');

/** A value the schema accepts (best effort: a server that refuses it is fine too). */
function validValue(rawSchema: Schema): fc.Arbitrary<unknown> {
  const schema = deref(rawSchema);
  const options = schema.anyOf ?? schema.oneOf;
  if (options?.length) {
    const nonNull = options.filter((option) => deref(option).type !== 'null');
    return fc.oneof(...(nonNull.length ? nonNull : options).map(validValue));
  }
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum?.length) return fc.constantFrom(...schema.enum);
  const type = [schema.type ?? 'string'].flat()[0];
  switch (type) {
    case 'integer':
    case 'number':
      return fc.integer({
        min: Math.ceil(schema.minimum ?? 0),
        max: Math.floor(schema.maximum ?? Math.max(100, schema.minimum ?? 0)),
      });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      const minLength = schema.minItems ?? 0;
      const maxLength = Math.max(minLength, Math.min(schema.maxItems ?? 3, 3));
      return fc.array(validValue(schema.items ?? {}), { minLength, maxLength });
    }
    case 'object':
      return validObject(schema);
    default:
      return validString(schema);
  }
}

function validString(schema: Schema): fc.Arbitrary<string> {
  if (schema.format === 'date-time') {
    return fc
      .date({
        min: new Date('2031-01-01T00:00:00Z'),
        max: new Date('2099-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((date) => date.toISOString());
  }
  const regex = schema.pattern ? compiled(schema.pattern) : null;
  if (regex) {
    try {
      return fc.stringMatching(regex).filter((value) => stringCouldPass(schema, value));
    } catch {
      const samples = ['example.com', 'emea', 'north-america', 'DE', '123456', 'abc'];
      const sample = samples.find((candidate) => stringCouldPass(schema, candidate));
      return fc.constant(sample ?? 'x');
    }
  }
  // Free text; shaped like an e-mail address so that fields which want one get one.
  return fc
    .string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'), minLength: 1, maxLength: 8 })
    .map((tag) => {
      const value = `fuzz-${tag}@example.test`;
      return fitLength(value, schema);
    });
}

function fitLength(value: string, schema: Schema): string {
  const padded =
    value.length < (schema.minLength ?? 0) ? value + 'x'.repeat(schema.minLength! - value.length) : value;
  return schema.maxLength !== undefined ? padded.slice(0, schema.maxLength) : padded;
}

/** An object with every required property and some optional ones, all valid. */
function validObject(schema: Schema): fc.Arbitrary<Record<string, unknown>> {
  const properties = schema.properties ?? {};
  const required = new Set(schema.required ?? []);
  const entries = Object.entries(properties).map(([key, property]) =>
    (required.has(key) ? validValue(property) : fc.oneof(fc.constant(OMIT), validValue(property))).map(
      (value) => [key, value] as const,
    ),
  );
  const [first] = Object.entries(properties);
  // Schemas that require nothing usually refuse an empty object ("send at least one field").
  const fallback = first ? validValue(first[1]) : fc.constant(OMIT);
  return fc.tuple(fc.tuple(...entries), fallback).map(([pairs, fallbackValue]) => {
    const object: Record<string, unknown> = Object.fromEntries(pairs.filter(([, value]) => value !== OMIT));
    if (Object.keys(object).length === 0 && first) object[first[0]] = fallbackValue;
    return object;
  });
}

/** A value the schema refuses: wrong type, out of range, too long, not in the enum, off-pattern. */
function invalidValue(rawSchema: Schema): fc.Arbitrary<unknown> {
  const schema = deref(rawSchema);
  const candidates: fc.Arbitrary<unknown>[] = [
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.string({ maxLength: 20 }),
    nastyString(),
    fc.array(anyJson, { maxLength: 4 }),
    fc.dictionary(fc.string({ maxLength: 8 }), anyJson, { maxKeys: 4 }),
    anyJson,
    hugeString,
  ];
  const flat = [schema, ...(schema.anyOf ?? []), ...(schema.oneOf ?? [])].map(deref);
  for (const part of flat) {
    if (part.maxLength !== undefined) {
      candidates.push(
        fc.integer({ min: part.maxLength + 1, max: part.maxLength + 50 }).map((length) => 'y'.repeat(length)),
      );
    }
    if (part.minLength) candidates.push(fc.constantFrom('', ' ', '  '.repeat(part.minLength)));
    if (part.enum?.length) {
      candidates.push(
        fc
          .constantFrom(...part.enum)
          .map((value) => (typeof value === 'string' ? `${value.toUpperCase()}!` : value)),
      );
    }
    if (part.minimum !== undefined) candidates.push(fc.constantFrom(part.minimum - 1, -1, -1e9));
    if (part.maximum !== undefined) candidates.push(fc.constantFrom(part.maximum + 1, 1e9, 1e21));
    if (part.type === 'integer') candidates.push(fc.constantFrom(1.5, Number.MAX_SAFE_INTEGER + 2));
    if (part.maxItems !== undefined) {
      candidates.push(
        fc.array(validValue(part.items ?? {}), {
          minLength: part.maxItems + 1,
          maxLength: part.maxItems + 5,
        }),
      );
    }
    if (part.minItems) candidates.push(fc.constant([]));
    if (part.items) candidates.push(fc.array(invalidValue(part.items), { minLength: 1, maxLength: 3 }));
  }
  return fc.oneof(...candidates).filter((value) => !couldAccept(schema, value));
}

// ---------------------------------------------------------------------------------------------
// Requests
// ---------------------------------------------------------------------------------------------

type Caller = { name: string; principal: Principal | null };
const callers: Caller[] = [
  { name: 'anonymous', principal: null },
  { name: 'partner admin', principal: partnerAdmin },
  { name: 'vendor admin', principal: vendorAdmin },
];

type Req = {
  method: string;
  /** Raw (already encoded) path segment per parameter. */
  pathValues: Record<string, string>;
  /** Raw `name=value` pairs. */
  query: string[];
  headers: Record<string, string>;
  payload: string | Buffer | undefined;
  /** What was done to the baseline, for the counterexample. */
  notes: string[];
};

type Mutation = { note: string; apply: (request: Req) => void };
const mutation = (note: string, apply: (request: Req) => void): Mutation => ({ note, apply });

const shorten = (value: string, max = 160) =>
  value.length > max
    ? `${JSON.stringify(value.slice(0, max))}…(${value.length} chars)`
    : JSON.stringify(value);

function describeRequest(route: Route, request: Req): string {
  const payload =
    request.payload === undefined
      ? 'none'
      : Buffer.isBuffer(request.payload)
        ? `<${request.payload.length} bytes>`
        : shorten(request.payload);
  const headers = Object.entries(request.headers)
    .map(([name, value]) => `${name}: ${shorten(value, 100)}`)
    .join('; ');
  return `${request.method} ${shorten(urlOf(route, request), 300)} [${request.notes.join(' + ')}] headers {${headers}} payload ${payload}`;
}

function urlOf(route: Route, request: Req): string {
  const path = route.path.replace(/\{([^}]+)\}/g, (_, name: string) => request.pathValues[name] ?? '');
  return request.query.length ? `${path}?${request.query.join('&')}` : path;
}

/** Ties a readable description to a generated request, for fast-check's counterexample output. */
function finish(route: Route, request: Req): Req {
  Object.defineProperty(request, fc.toStringMethod, { value: () => describeRequest(route, request) });
  return request;
}

function clone(request: Req): Req {
  return {
    ...request,
    pathValues: { ...request.pathValues },
    query: [...request.query],
    headers: { ...request.headers },
    notes: [...request.notes],
  };
}

function credentialsOf(principal: Principal | null): Pick<Req, 'headers'> {
  if (!principal) return { headers: {} };
  return {
    headers: {
      cookie: `${SESSION_COOKIE}=${principal.sessionToken}`,
      [CSRF_HEADER]: csrfTokenFor(TEST_SECRET, principal.sessionToken),
    },
  };
}

/** A path value that matches the parameter: a real id when we have one, else a fresh one. */
function validPathValue(parameter: Parameter, { realIds = true } = {}): fc.Arbitrary<string> {
  const regex = parameter.schema?.pattern ? compiled(parameter.schema.pattern) : null;
  const real = realIds ? [...knownIds].filter((id) => regex?.test(id)) : [];
  const prefix = /\^([a-z]+)_/.exec(parameter.schema?.pattern ?? '')?.[1];
  const fresh = prefix ? idLike(prefix) : validString(parameter.schema ?? {});
  return (real.length ? fc.oneof(fc.constantFrom(...real), fresh) : fresh).map(pct);
}

/** A well-formed request from this caller; the mutations then break it. */
function baseline(route: Route, caller: Caller, { realIds = true } = {}): fc.Arbitrary<Req> {
  const pathValues = fc.record(
    Object.fromEntries(
      route.pathParams.map((parameter) => [parameter.name, validPathValue(parameter, { realIds })]),
    ),
  );
  const body = route.body ? validValue(route.body) : fc.constant(undefined);
  return fc.tuple(pathValues, body).map(([values, bodyValue]) => {
    const { headers } = credentialsOf(caller.principal);
    return {
      method: route.method,
      pathValues: values as Record<string, string>,
      query: [],
      headers: bodyValue === undefined ? headers : { ...headers, 'content-type': 'application/json' },
      payload: bodyValue === undefined ? undefined : JSON.stringify(bodyValue),
      notes: [],
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Malformations
// ---------------------------------------------------------------------------------------------

const authorizationGarbage = fc
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

const cookieGarbage = fc
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

const csrfGarbage = fc
  .oneof(
    fc.constant(undefined),
    headerGarbage.filter((value) => value.trim() === value),
    fc.constant(csrfTokenFor(TEST_SECRET, partnerAdmin.sessionToken).toUpperCase()),
    // Somebody else's token: valid, but not for this session.
    fc.constantFrom(
      csrfTokenFor(TEST_SECRET, world.partnerB.users.partner_admin.sessionToken),
      csrfTokenFor('another-secret-of-sufficient-length-0123456789', vendorAdmin.sessionToken),
    ),
  )
  .map((value) =>
    mutation(value === undefined ? 'no CSRF token' : 'wrong CSRF token', (request) => {
      if (value === undefined) delete request.headers[CSRF_HEADER];
      else request.headers[CSRF_HEADER] = value;
    }),
  );

const idempotencyKeyGarbage = fc
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

function pathGarbage(route: Route): fc.Arbitrary<Mutation> {
  return fc.oneof(
    ...route.pathParams.map((parameter) => {
      const regex = parameter.schema?.pattern ? compiled(parameter.schema.pattern) : null;
      const otherIds = [...knownIds].filter((id) => !regex?.test(id));
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
            validPathValue(parameter).map((id) => decodeURIComponent(id).toUpperCase()),
            validPathValue(parameter).map((id) => `${decodeURIComponent(id)}x`),
            validPathValue(parameter).map((id) => ` ${decodeURIComponent(id)}`),
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
  const schema = deref(parameter.schema ?? {});
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
  return fc
    .uniqueArray(fc.constantFrom(...violable), {
      minLength: 1,
      maxLength: 2,
      selector: (parameter) => parameter.name,
    })
    .chain((parameters) =>
      fc.tuple(
        ...parameters.map((parameter) =>
          queryValueGarbage(parameter).map((raw) => [parameter.name, raw] as const),
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

function setBody(request: Req, payload: string | Buffer, contentType: string | undefined): void {
  request.payload = payload;
  if (contentType === undefined) delete request.headers['content-type'];
  else request.headers['content-type'] = contentType;
}

function bodyWrongShape(schema: Schema): fc.Arbitrary<Mutation> {
  const knownKeys = new Set(Object.keys(schema.properties ?? {}));
  const unknownKey = fc
    .oneof(
      fc.string({ maxLength: 12 }),
      nastyString(3),
      fc.constantFrom('', 'id', 'workspaceId', 'role ', 'Name', 'a.b', '$where', '__proto__', 'constructor'),
    )
    .filter((key) => !knownKeys.has(key));
  const candidates = [
    anyJson.filter((value) => !isPlainObject(value)),
    fc
      .tuple(validObject(schema), fc.dictionary(unknownKey, anyJson, { minKeys: 1, maxKeys: 4 }))
      .map(([valid, extra]) => ({ ...valid, ...extra })),
  ];
  // Nesting too deep to build as a value: written out as text, at the top or under an unknown key.
  const deep = fc
    .tuple(fc.integer({ min: 1000, max: 100_000 }), fc.boolean())
    .map(([depth, wrapped]) => {
      const nested = `${'['.repeat(depth)}${']'.repeat(depth)}`;
      return wrapped ? `{"fuzz_deep":${nested}}` : nested;
    })
    .filter((json) => json.startsWith('[') || schema.additionalProperties === false)
    .map((json) => mutation('deeply nested body', (request) => setBody(request, json, 'application/json')));
  return fc.oneof(
    { weight: 1, arbitrary: deep },
    { weight: 6, arbitrary: bodyOfWrongShape(schema, candidates) },
  );
}

function bodyOfWrongShape(schema: Schema, candidates: fc.Arbitrary<unknown>[]): fc.Arbitrary<Mutation> {
  return fc
    .oneof(...candidates)
    .map((value) => {
      // `__proto__` must survive as a JSON key, not become the object's prototype.
      const json = JSON.stringify(value, (_key, inner) =>
        isPlainObject(inner) &&
        Object.getPrototypeOf(inner) !== Object.prototype &&
        Object.getPrototypeOf(inner) !== null
          ? { ...inner }
          : inner,
      );
      return { value, json };
    })
    .filter(({ json }) => json !== undefined && !couldAccept(schema, JSON.parse(json)))
    .map(({ json }) =>
      mutation('body of the wrong shape', (request) => setBody(request, json, 'application/json')),
    );
}

function bodyWrongValues(schema: Schema): fc.Arbitrary<Mutation> | null {
  const properties = Object.entries(schema.properties ?? {}).filter(([, property]) => isViolable(property));
  if (!properties.length) return null;
  return fc
    .tuple(
      validObject(schema),
      fc.uniqueArray(fc.constantFrom(...properties), {
        minLength: 1,
        maxLength: 3,
        selector: ([key]) => key,
      }),
      fc.boolean(),
    )
    .chain(([valid, broken, dropRequired]) =>
      fc
        .tuple(
          ...broken.map(([key, property]) => invalidValue(property).map((value) => [key, value] as const)),
        )
        .map((pairs) => {
          const body: Record<string, unknown> = { ...valid, ...Object.fromEntries(pairs) };
          if (dropRequired && schema.required?.length) delete body[schema.required[0]!];
          return body;
        }),
    )
    .filter((body) => !couldAccept(schema, body))
    .map((body) => {
      const json = JSON.stringify(body);
      const fields = Object.keys(body).join(',');
      return mutation(`wrong field values (${fields.slice(0, 60)})`, (request) =>
        setBody(request, json, 'application/json'),
      );
    });
}

/** The right JSON, announced as text: the route must not read it as an object. */
const textPlainBody = (schema: Schema) =>
  validObject(schema).chain((valid) =>
    fc
      .constantFrom('text/plain', 'text/plain; charset=utf-8')
      .map((type) => mutation(`${type} body`, (request) => setBody(request, JSON.stringify(valid), type))),
  );

const isJsonAfterFastify = (text: string): boolean => {
  try {
    JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    return true;
  } catch {
    return false;
  }
};

const invalidJson = fc
  .oneof(
    fc.constantFrom(
      '',
      ' ',
      '{',
      '}',
      '{"a":}',
      "{'a':1}",
      '{"a":1,}',
      '[1,]',
      'NaN',
      'undefined',
      '{"a":1}{"b":2}',
      '\u0000',
      '{"a":"\u0000',
      '//',
      '{"email":"x@example.test"',
      '\ufeff',
    ),
    fc.string({ maxLength: 40 }),
    nastyString(6),
    fc.integer({ min: 10, max: 200_000 }).map((depth) => '['.repeat(depth)),
    fc.integer({ min: 10, max: 100_000 }).map((depth) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth - 1)}`),
    fc.uint8Array({ minLength: 1, maxLength: 64 }).map((bytes) => Buffer.from(bytes)),
  )
  .filter((payload) => !isJsonAfterFastify(payload.toString()))
  .map((payload) => mutation('invalid JSON', (request) => setBody(request, payload, 'application/json')));

const UNSUPPORTED_TYPES = [
  'application/xml',
  'multipart/form-data; boundary=fuzz',
  'application/x-www-form-urlencoded',
  'application/octet-stream',
  'text/html',
  'application/json-patch+json',
  'application/jsonx',
  'application/vnd.api+json',
  'application/problem+json',
  'json',
  'garbage',
  '*/*',
  ';',
  'application/json\u0000',
];

function wrongContentType(schema: Schema | undefined): fc.Arbitrary<Mutation> {
  const payload = fc.oneof(
    schema ? validObject(schema).map((valid) => JSON.stringify(valid)) : fc.constant('{}'),
    fc.constant('<?xml version="1.0"?><login><email>a@b.c</email></login>'),
    fc.constant('--fuzz\r\nContent-Disposition: form-data; name="email"\r\n\r\na@b.c\r\n--fuzz--\r\n'),
    fc.constant('email=a%40b.c&password=x'),
  );
  return fc
    .tuple(fc.constantFrom<string | undefined>(...UNSUPPORTED_TYPES, undefined), payload)
    .map(([type, body]) =>
      mutation(`content-type ${type ?? 'missing'}`, (request) => setBody(request, body, type)),
    );
}

const oversizedPayload = fc
  .tuple(
    fc.integer({ min: BODY_LIMIT + 1, max: 2 * BODY_LIMIT }),
    fc.constantFrom('application/json', 'text/plain', 'application/xml'),
  )
  .map(([size, type]) =>
    mutation(`${size}-byte ${type} payload`, (request) =>
      setBody(request, `{"name":"${'z'.repeat(size - 11)}"}`, type),
    ),
  );

/** For routes that need no credentials anyway, the anonymous caller itself is what is wrong. */
const noCredentials = fc.constant(mutation('no credentials', () => {}));

/** A method the path does not have: the router answers 404 (or 401 before it, for strangers). */
function wrongMethod(route: Route): fc.Arbitrary<Mutation> | null {
  const documented = new Set(
    Object.keys(openApi.paths[route.path] ?? {}).map((method) => method.toUpperCase()),
  );
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
function decisiveMutations(route: Route, caller: Caller): fc.Arbitrary<Mutation>[] {
  const signedIn = caller.principal !== null;
  const needsCredentials = !route.isPublic;
  const list: (fc.Arbitrary<Mutation> | null)[] = [wrongMethod(route)];
  if (needsCredentials) {
    list.push(authorizationGarbage, cookieGarbage);
    if (!signedIn) list.push(noCredentials);
    // Cookie-authenticated writes need the CSRF token; strangers are refused before that anyway.
    if (!signedIn || route.method !== 'GET') list.push(csrfGarbage);
    if (route.method === 'POST') list.push(idempotencyKeyGarbage);
  }
  // Resource updates honour optimistic concurrency (concurrency.ts): a bogus ETag is refused.
  if (route.method === 'PATCH' && route.pathParams.length) list.push(ifMatchGarbage);
  if (route.pathParams.length) list.push(pathGarbage(route));
  list.push(queryGarbage(route));
  if (route.body) {
    list.push(bodyWrongShape(route.body), bodyWrongValues(route.body), textPlainBody(route.body));
  }
  if (BODY_METHODS.has(route.method)) list.push(invalidJson, wrongContentType(route.body), oversizedPayload);
  return list.filter((entry): entry is fc.Arbitrary<Mutation> => entry !== null);
}

/** Things no route should care about. */
function noiseMutations(route: Route): fc.Arbitrary<Mutation>[] {
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

function malformedRequest(route: Route, caller: Caller): fc.Arbitrary<Req> {
  const decisive = decisiveMutations(route, caller);
  return fc
    .tuple(
      baseline(route, caller),
      // Mostly one malformation, so the later checks (If-Match, Idempotency-Key…) are reached too.
      fc.oneof(
        { weight: 3, arbitrary: fc.oneof(...decisive).map((one) => [one]) },
        { weight: 1, arbitrary: fc.array(fc.oneof(...decisive), { minLength: 2, maxLength: 3 }) },
      ),
      fc.array(fc.oneof(...noiseMutations(route)), { maxLength: 2 }),
    )
    .map(([base, broken, noise]) => {
      const request = clone(base);
      for (const change of [...noise, ...broken]) {
        change.apply(request);
        request.notes.push(change.note);
      }
      return finish(route, request);
    });
}

// ---------------------------------------------------------------------------------------------
// Sending and judging
// ---------------------------------------------------------------------------------------------

let requestCount = 0;
const statusTally = new Map<number, number>();

/** The server's own account of the last request's errors, if it logged any. */
let lastServerErrors: LoggedError[] = [];

async function send(route: Route, request: Req): Promise<InjectResponse> {
  requestCount++;
  const logged = serverLog.length;
  const options: InjectOptions = {
    method: request.method as InjectOptions['method'],
    url: urlOf(route, request),
    headers: request.headers,
    ...(request.payload !== undefined ? { payload: request.payload } : {}),
  };
  const response = await t.app.inject(options);
  lastServerErrors = serverLog.slice(logged);
  statusTally.set(response.statusCode, (statusTally.get(response.statusCode) ?? 0) + 1);
  return response;
}

function fail(route: Route, request: Req, response: InjectResponse, why: string): never {
  const logged = lastServerErrors
    .map(
      (entry) =>
        `\n  server log: ${entry.msg ?? ''} ${shorten(entry.err?.stack ?? entry.err?.message ?? '', 2500)}`,
    )
    .join('');
  throw new Error(
    `${why}\n  request:  ${describeRequest(route, request)}\n  response: ${response.statusCode} ${
      response.headers['content-type'] ?? '(no content-type)'
    } ${shorten(response.body, 600)}${logged}`,
  );
}

/** RFC 9457 problem+json with our fields; `mustRefuse` also demands a 4xx. */
function judge(
  route: Route,
  request: Req,
  response: InjectResponse,
  { mustRefuse }: { mustRefuse: boolean },
): void {
  const status = response.statusCode;
  if (status >= 500) fail(route, request, response, `server error ${status}`);
  if (mustRefuse && status < 400)
    fail(route, request, response, `malformed request was accepted with ${status}`);
  if (status < 400) return;
  const contentType = String(response.headers['content-type'] ?? '');
  if (!contentType.includes('application/problem+json')) {
    fail(route, request, response, 'error answer is not application/problem+json');
  }
  let problem: Record<string, unknown>;
  try {
    problem = JSON.parse(response.body);
  } catch {
    fail(route, request, response, 'problem body is not JSON');
  }
  if (!isPlainObject(problem)) fail(route, request, response, 'problem body is not an object');
  if (typeof problem.type !== 'string' || !problem.type)
    fail(route, request, response, 'problem has no `type`');
  if (typeof problem.title !== 'string' || !problem.title)
    fail(route, request, response, 'problem has no `title`');
  if (problem.status !== status)
    fail(route, request, response, 'problem `status` differs from the HTTP status');
  if (typeof problem.code !== 'string' || !problem.code)
    fail(route, request, response, 'problem has no `code`');
  if ((status === 400 || status === 422) && problem.errors !== undefined) {
    const errors = problem.errors;
    const wellFormed =
      Array.isArray(errors) &&
      errors.every(
        (entry) =>
          isPlainObject(entry) &&
          typeof entry.field === 'string' &&
          entry.field.length > 0 &&
          typeof entry.message === 'string' &&
          entry.message.length > 0,
      );
    if (!wellFormed) fail(route, request, response, '`errors` is not a list of { field, message }');
  }
}

// ---------------------------------------------------------------------------------------------
// What the database looks like, as its owner sees it (past row-level security)
// ---------------------------------------------------------------------------------------------

async function ownerQuery<Row extends pg.QueryResultRow>(
  text: string,
  values: unknown[] = [],
): Promise<Row[]> {
  const client = new pg.Client({ connectionString: t.ownerUrl });
  await client.connect();
  try {
    return (await client.query<Row>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** Row counts of every table, and the workspace's audit trail length. */
async function databaseSnapshot(): Promise<Record<string, number>> {
  const tables = await ownerQuery<{ name: string }>(
    `SELECT format('%I.%I', schemaname, tablename) AS name FROM pg_tables
      WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1`,
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = await ownerQuery<{ count: string }>(`SELECT count(*) AS count FROM ${name}`);
    counts[name] = Number(row?.count);
  }
  const [audit] = await ownerQuery<{ count: string }>(
    'SELECT count(*) AS count FROM audit_events WHERE workspace_id = $1',
    [world.workspaceId],
  );
  counts['audit_events of the workspace'] = Number(audit?.count);
  return counts;
}

const before = await databaseSnapshot();

// ---------------------------------------------------------------------------------------------
// The tests
// ---------------------------------------------------------------------------------------------

describe('the route list comes from the OpenAPI document', () => {
  it('covers the API and the health probes, and every documented route exists', () => {
    const labels = routes.map((route) => route.label);
    expect(labels).toContain('GET /healthz');
    expect(labels).toContain('GET /readyz');
    expect(routes.filter((route) => route.path.startsWith('/api/v1/')).length).toBeGreaterThan(10);
    for (const route of routes) {
      const url = route.path.replace(/\{([^}]+)\}/g, ':$1');
      expect(t.app.hasRoute({ method: route.method as 'GET', url }), route.label).toBe(true);
    }
  });
});

describe('malformed input gets a 4xx problem, never a 5xx or a 2xx', () => {
  for (const route of routes) {
    describe(route.label, () => {
      for (const caller of callers) {
        it(`as ${caller.name}`, async () => {
          await fc.assert(
            fc.asyncProperty(malformedRequest(route, caller), async (request) => {
              judge(route, request, await send(route, request), { mustRefuse: true });
            }),
            fcOptions(MALFORMED_RUNS),
          );
        });
      }
    });
  }
});

describe('malformed requests changed nothing', () => {
  it('left every table, the audit trail included, as it was', async () => {
    expect(await databaseSnapshot()).toEqual(before);
  });
});

// ---------------------------------------------------------------------------------------------
// Garbage the router meets before any route: malformed percent-encoding and over-long segments
// ---------------------------------------------------------------------------------------------

const BAD_ESCAPES = ['%', '%z', '%zz', '%E0%A4%A', '%C3%28', '%FF', '%ED%A0%80', '%%', '%u0041'];

function routerGarbage(route: Route): fc.Arbitrary<Req> {
  const segment = fc.oneof(
    fc
      .tuple(fc.string({ unit: 'grapheme-ascii', maxLength: 8 }), fc.constantFrom(...BAD_ESCAPES))
      .map(([prefix, badEscape]) => ({ note: 'bad percent-encoding', value: `${pct(prefix)}${badEscape}` })),
    fc
      .integer({ min: 101, max: 10_000 })
      .map((length) => ({ note: `${length}-char segment`, value: 'l'.repeat(length) })),
  );
  return fc
    .tuple(fc.constantFrom(...callers), fc.constantFrom(...route.pathParams), segment)
    .chain(([caller, parameter, { note, value }]) =>
      baseline(route, caller).map((base) => {
        const request = clone(base);
        request.notes.push(`${caller.name}, ${note}`);
        request.pathValues[parameter.name] = value;
        return finish(route, request);
      }),
    );
}

// The router answers these before authentication runs, so one test per route, callers mixed.
describe('garbage in the URL itself gets a 4xx problem', () => {
  for (const route of routes.filter((candidate) => candidate.pathParams.length > 0)) {
    it(route.label, async () => {
      await fc.assert(
        fc.asyncProperty(routerGarbage(route), async (request) => {
          judge(route, request, await send(route, request), { mustRefuse: true });
        }),
        fcOptions(ROUTER_RUNS * callers.length),
      );
    });
  }
});

// ---------------------------------------------------------------------------------------------
// Allowed but hostile: may succeed, must never break
// ---------------------------------------------------------------------------------------------

/** String fields with no pattern, format or enum: whatever text the client likes. */
function isFreeText(rawSchema: Schema): boolean {
  const schema = deref(rawSchema);
  const options = schema.anyOf ?? schema.oneOf;
  if (options) return options.some(isFreeText);
  return schema.type === 'string' && !schema.pattern && !schema.format && !schema.enum;
}

function hostileText(rawSchema: Schema): fc.Arbitrary<string> {
  const schema = deref(rawSchema);
  const string =
    (schema.anyOf ?? schema.oneOf ?? [schema]).map(deref).find((option) => option.type === 'string') ?? {};
  return fc
    .oneof(
      nastyString(),
      fc.string({ unit: 'binary', maxLength: 30 }),
      validString(string).map((value) => `\u0000${value}`),
    )
    .map((value) => fitLength(value, string));
}

function hostileRequest(route: Route, caller: Caller): fc.Arbitrary<Req> | null {
  const freeBody = Object.entries(route.body?.properties ?? {}).filter(([, property]) =>
    isFreeText(property),
  );
  const freeQuery = route.queryParams.filter((parameter) => isFreeText(parameter.schema ?? {}));
  const mayDropCookie = route.isPublic || caller.principal === null;
  // A body-less command's well-formed baseline just runs it (log out, start enrolment, revoke).
  if (caller.principal && route.method !== 'GET' && !route.body) return null;
  const hostile: fc.Arbitrary<Mutation>[] = [];
  const changes: fc.Arbitrary<Mutation>[] = [...noiseMutations(route)];
  if (freeBody.length) {
    hostile.push(
      fc
        .uniqueArray(fc.constantFrom(...freeBody), {
          minLength: 1,
          maxLength: freeBody.length,
          selector: ([key]) => key,
        })
        .chain((picked) =>
          fc.tuple(
            // The required fields, valid, so that the hostile text gets past validation.
            validObject({
              ...route.body,
              properties: Object.fromEntries(
                Object.entries(route.body?.properties ?? {}).filter(
                  ([key]) => route.body?.required?.includes(key) || picked.some(([name]) => name === key),
                ),
              ),
            }),
            fc.tuple(
              ...picked.map(([key, property]) => hostileText(property).map((text) => [key, text] as const)),
            ),
          ),
        )
        .map(([required, texts]) => {
          const body = { ...required, ...Object.fromEntries(texts) };
          return mutation(`hostile text in ${texts.map(([key]) => key).join(',')}`, (request) =>
            setBody(request, JSON.stringify(body), 'application/json'),
          );
        }),
    );
  }
  if (freeQuery.length) {
    hostile.push(
      fc
        .tuple(
          fc.constantFrom(...freeQuery),
          fc.oneof(hostileText({ type: 'string', maxLength: 60 }), fc.constantFrom(...BAD_ESCAPES)),
        )
        .map(([parameter, text]) =>
          mutation(`hostile query ${parameter.name}`, (request) => {
            const raw = BAD_ESCAPES.includes(text) ? text : pct(text);
            request.query.push(`${pct(parameter.name)}=${raw}`);
          }),
        ),
    );
  }
  if (mayDropCookie) changes.push(cookieGarbage);
  if (route.method === 'GET' && caller.principal) changes.push(csrfGarbage);
  // Public operations need no credentials, so whatever credentials come along are ignored.
  if (route.isPublic) changes.push(authorizationGarbage, csrfGarbage, idempotencyKeyGarbage);
  // Hostile text always (where the route takes any), plus some of the tolerated noise.
  const picks = hostile.length
    ? fc
        .tuple(fc.oneof(...hostile), fc.array(fc.oneof(...changes), { maxLength: 2 }))
        .map(([text, noise]) => [...noise, text])
    : fc.array(fc.oneof(...changes), { minLength: 1, maxLength: 3 });
  return fc
    .tuple(baseline(route, caller, { realIds: route.method !== 'DELETE' }), picks)
    .map(([base, picked]) => {
      const request = clone(base);
      for (const change of picked) {
        change.apply(request);
        request.notes.push(change.note);
      }
      return finish(route, request);
    });
}

describe('schema-valid but hostile input never causes a 5xx', () => {
  for (const route of routes) {
    describe(route.label, () => {
      for (const caller of callers) {
        const arbitrary = hostileRequest(route, caller);
        it.skipIf(!arbitrary)(`as ${caller.name}`, async () => {
          await fc.assert(
            fc.asyncProperty(arbitrary!, async (request) => {
              judge(route, request, await send(route, request), { mustRefuse: false });
            }),
            fcOptions(HOSTILE_RUNS),
          );
        });
      }
    });
  }
});
