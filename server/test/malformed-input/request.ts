/**
 * Requests as data: a well-formed baseline per route and caller, which mutations then break.
 */
import fc from 'fast-check';
import { CSRF_HEADER, csrfTokenFor, SESSION_COOKIE } from '../../src/modules/auth/request-authentication.ts';
import type { Principal, TestWorkspace } from '../factories.ts';
import { TEST_SECRET } from '../harness.ts';
import type { Route } from './routes.ts';
import { compiled, type Parameter } from './schema.ts';
import { idLike, validString, validValue } from './values.ts';

export type Caller = { name: string; principal: Principal | null };

/** What exists before the fuzzing starts, for the requests to aim at. */
export type Fixtures = {
  world: TestWorkspace;
  callers: Caller[];
  /** Every entity id we know of, so that malformed requests hit rows that really exist. */
  ids: readonly string[];
};

export type FuzzRequest = {
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

export type Mutation = { note: string; apply: (request: FuzzRequest) => void };
export const mutation = (note: string, apply: (request: FuzzRequest) => void): Mutation => ({ note, apply });

/** Percent-encodes every UTF-8 byte outside the unreserved set; unlike encodeURIComponent it
 * never throws (lone surrogates go out as U+FFFD, as any client would send them). */
export function pct(value: string): string {
  let out = '';
  for (const byte of Buffer.from(value, 'utf8')) {
    const char = String.fromCharCode(byte);
    out += /[A-Za-z0-9\-._~]/.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

export const shorten = (value: string, max = 160) =>
  value.length > max
    ? `${JSON.stringify(value.slice(0, max))}…(${value.length} chars)`
    : JSON.stringify(value);

export function urlOf(route: Route, request: FuzzRequest): string {
  const path = route.path.replace(/\{([^}]+)\}/g, (_, name: string) => request.pathValues[name] ?? '');
  return request.query.length ? `${path}?${request.query.join('&')}` : path;
}

export function describeRequest(route: Route, request: FuzzRequest): string {
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

/**
 * A copy of the baseline with the changes applied in order, which fast-check prints readably in
 * a counterexample.
 */
export function mutated(route: Route, base: FuzzRequest, changes: Mutation[]): FuzzRequest {
  const request: FuzzRequest = {
    ...base,
    pathValues: { ...base.pathValues },
    query: [...base.query],
    headers: { ...base.headers },
    notes: [...base.notes],
  };
  for (const change of changes) {
    change.apply(request);
    request.notes.push(change.note);
  }
  Object.defineProperty(request, fc.toStringMethod, { value: () => describeRequest(route, request) });
  return request;
}

function credentialHeaders(principal: Principal | null): Record<string, string> {
  if (!principal) return {};
  return {
    cookie: `${SESSION_COOKIE}=${principal.sessionToken}`,
    [CSRF_HEADER]: csrfTokenFor(TEST_SECRET, principal.sessionToken),
  };
}

/** A path value that matches the parameter: one of `realIds` when one fits, else a fresh one. */
export function validPathValue(parameter: Parameter, realIds: readonly string[]): fc.Arbitrary<string> {
  const regex = compiled(parameter.schema?.pattern);
  const real = realIds.filter((id) => regex?.test(id));
  const prefix = /\^([a-z]+)_/.exec(parameter.schema?.pattern ?? '')?.[1];
  const fresh = prefix ? idLike(prefix) : validString(parameter.schema ?? {});
  return (real.length ? fc.oneof(fc.constantFrom(...real), fresh) : fresh).map(pct);
}

/** A well-formed request from this caller, aimed at one of `realIds` where the path takes an id. */
export function baseline(
  route: Route,
  caller: Caller,
  realIds: readonly string[],
): fc.Arbitrary<FuzzRequest> {
  const pathValues = fc.record(
    Object.fromEntries(
      route.pathParams.map((parameter) => [parameter.name, validPathValue(parameter, realIds)]),
    ),
  );
  const body = route.body ? validValue(route.body) : fc.constant(undefined);
  return fc.tuple(pathValues, body).map(([values, bodyValue]) => {
    const headers = credentialHeaders(caller.principal);
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
