/**
 * Input the schema allows but that is hostile (NUL and control characters, lone surrogates, emoji,
 * LIKE wildcards…) in free-text fields, and tolerated noise (garbage cookies on public routes,
 * bodies on GETs, unknown query parameters). Such requests may succeed.
 */
import fc from 'fast-check';
import {
  authorizationGarbage,
  BAD_ESCAPES,
  cookieGarbage,
  csrfGarbage,
  idempotencyKeyGarbage,
  noiseMutations,
} from './arbitraries.ts';
import { setBody } from './bodies.ts';
import {
  baseline,
  type Caller,
  type Fixtures,
  type FuzzRequest,
  type Mutation,
  mutated,
  mutation,
  pct,
} from './request.ts';
import type { Route } from './routes.ts';
import { isFreeText, type Schema } from './schema.ts';
import { fitLength, nastyString, validObject, validString } from './values.ts';

function hostileText(schema: Schema): fc.Arbitrary<string> {
  const string = (schema.anyOf ?? schema.oneOf ?? [schema]).find((option) => option.type === 'string') ?? {};
  return fc
    .oneof(
      nastyString(),
      fc.string({ unit: 'binary', maxLength: 30 }),
      validString(string).map((value) => `\u0000${value}`),
    )
    .map((value) => fitLength(value, string));
}

function hostileBody(body: Schema): fc.Arbitrary<Mutation> | null {
  const freeText = Object.entries(body.properties ?? {}).filter(([, property]) => isFreeText(property));
  if (!freeText.length) return null;
  const textFor = new Map(freeText.map(([key, property]) => [key, hostileText(property)]));
  // The required fields, valid, so that the hostile text gets past validation. One generator per
  // set of picked fields, built once: `chain` would otherwise rebuild it for every value.
  const validFor = new Map<string, fc.Arbitrary<Record<string, unknown>>>();
  const validWith = (picked: string[]) => {
    const id = [...picked].sort().join('\n');
    if (!validFor.has(id)) {
      const properties = Object.entries(body.properties ?? {}).filter(
        ([key]) => body.required?.includes(key) || picked.includes(key),
      );
      validFor.set(id, validObject({ ...body, properties: Object.fromEntries(properties) }));
    }
    return validFor.get(id)!;
  };
  return fc
    .uniqueArray(fc.constantFrom(...freeText.map(([key]) => key)), {
      minLength: 1,
      maxLength: freeText.length,
    })
    .chain((picked) =>
      fc.tuple(
        validWith(picked),
        fc.tuple(...picked.map((key) => textFor.get(key)!.map((text) => [key, text] as const))),
      ),
    )
    .map(([required, texts]) => {
      const json = JSON.stringify({ ...required, ...Object.fromEntries(texts) });
      return mutation(`hostile text in ${texts.map(([key]) => key).join(',')}`, (request) =>
        setBody(request, json, 'application/json'),
      );
    });
}

function hostileQuery(route: Route): fc.Arbitrary<Mutation> | null {
  const freeText = route.queryParams.filter((parameter) => isFreeText(parameter.schema ?? {}));
  if (!freeText.length) return null;
  return fc
    .tuple(
      fc.constantFrom(...freeText),
      fc.oneof(hostileText({ type: 'string', maxLength: 60 }), fc.constantFrom(...BAD_ESCAPES)),
    )
    .map(([parameter, text]) =>
      mutation(`hostile query ${parameter.name}`, (request) => {
        const raw = BAD_ESCAPES.includes(text) ? text : pct(text);
        request.query.push(`${pct(parameter.name)}=${raw}`);
      }),
    );
}

/**
 * Hostile requests for this route and caller, or null where there are none to send: a signed-in
 * caller's well-formed baseline of a body-less command (log out, start enrolment, revoke) would
 * just run the command, with nothing in it to be hostile in.
 */
export function hostileRequest(
  route: Route,
  caller: Caller,
  fixtures: Fixtures,
): fc.Arbitrary<FuzzRequest> | null {
  if (caller.principal && route.method !== 'GET' && !route.body) return null;
  const hostile = [route.body ? hostileBody(route.body) : null, hostileQuery(route)].filter(
    (entry): entry is fc.Arbitrary<Mutation> => entry !== null,
  );
  const changes: fc.Arbitrary<Mutation>[] = [...noiseMutations(route)];
  // With no session to lose (a public route, or nobody signed in), a garbage cookie is just noise.
  if (route.isPublic || caller.principal === null) changes.push(cookieGarbage);
  if (route.method === 'GET' && caller.principal) changes.push(csrfGarbage(fixtures.world));
  // Public operations need no credentials, so whatever credentials come along are ignored.
  if (route.isPublic) changes.push(authorizationGarbage, csrfGarbage(fixtures.world), idempotencyKeyGarbage);
  // Hostile text always (where the route takes any), plus some of the tolerated noise.
  const picks = hostile.length
    ? fc
        .tuple(fc.oneof(...hostile), fc.array(fc.oneof(...changes), { maxLength: 2 }))
        .map(([text, noise]) => [...noise, text])
    : fc.array(fc.oneof(...changes), { minLength: 1, maxLength: 3 });
  // A hostile DELETE may succeed: aimed at a real row, it would take that row from the runs after it.
  const realIds = route.method === 'DELETE' ? [] : fixtures.ids;
  return fc
    .tuple(baseline(route, caller, realIds), picks)
    .map(([base, picked]) => mutated(route, base, picked));
}
