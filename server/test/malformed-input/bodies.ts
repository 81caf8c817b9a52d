/**
 * Malformed request bodies: the wrong shape, wrong field values, invalid JSON, the wrong content
 * type, too many bytes.
 */
import fc from 'fast-check';
import { type FuzzRequest, type Mutation, mutation } from './request.ts';
import { BODY_LIMIT } from './routes.ts';
import { couldAccept, isPlainObject, isViolable, type Schema } from './schema.ts';
import { anyJson, invalidValue, nastyString, validObject } from './values.ts';

export function setBody(
  request: FuzzRequest,
  payload: string | Buffer,
  contentType: string | undefined,
): void {
  request.payload = payload;
  if (contentType === undefined) delete request.headers['content-type'];
  else request.headers['content-type'] = contentType;
}

const jsonBody = (note: string, json: string | Buffer) =>
  mutation(note, (request) => setBody(request, json, 'application/json'));

export function bodyWrongShape(schema: Schema): fc.Arbitrary<Mutation> {
  const knownKeys = new Set(Object.keys(schema.properties ?? {}));
  const unknownKey = fc
    .oneof(
      fc.string({ maxLength: 12 }),
      nastyString(3),
      fc.constantFrom('', 'id', 'workspaceId', 'role ', 'Name', 'a.b', '$where', '__proto__', 'constructor'),
    )
    .filter((key) => !knownKeys.has(key));
  const wrongShape = fc
    .oneof(
      anyJson.filter((value) => !isPlainObject(value)),
      fc
        .tuple(validObject(schema), fc.dictionary(unknownKey, anyJson, { minKeys: 1, maxKeys: 4 }))
        .map(([valid, extra]) => ({ ...valid, ...extra })),
    )
    .map((value) =>
      // `__proto__` must survive as a JSON key, not become the object's prototype.
      JSON.stringify(value, (_key, inner) =>
        isPlainObject(inner) &&
        Object.getPrototypeOf(inner) !== Object.prototype &&
        Object.getPrototypeOf(inner) !== null
          ? { ...inner }
          : inner,
      ),
    )
    .filter((json) => json !== undefined && !couldAccept(schema, JSON.parse(json)))
    .map((json) => jsonBody('body of the wrong shape', json));
  // Nesting too deep to build as a value: written out as text, at the top or under an unknown key.
  const deep = fc
    .tuple(fc.integer({ min: 1000, max: 100_000 }), fc.boolean())
    .map(([depth, wrapped]) => {
      const nested = `${'['.repeat(depth)}${']'.repeat(depth)}`;
      return wrapped ? `{"fuzz_deep":${nested}}` : nested;
    })
    .filter((json) => json.startsWith('[') || schema.additionalProperties === false)
    .map((json) => jsonBody('deeply nested body', json));
  return fc.oneof({ weight: 1, arbitrary: deep }, { weight: 6, arbitrary: wrongShape });
}

export function bodyWrongValues(schema: Schema): fc.Arbitrary<Mutation> | null {
  const properties = Object.entries(schema.properties ?? {}).filter(([, property]) => isViolable(property));
  if (!properties.length) return null;
  // Built once, not for every value inside `chain`.
  const invalidFor = new Map(properties.map(([key, property]) => [key, invalidValue(property)]));
  return fc
    .tuple(
      validObject(schema),
      fc.uniqueArray(fc.constantFrom(...invalidFor.keys()), { minLength: 1, maxLength: 3 }),
      fc.boolean(),
    )
    .chain(([valid, broken, dropRequired]) =>
      fc
        .tuple(...broken.map((key) => invalidFor.get(key)!.map((value) => [key, value] as const)))
        .map((pairs) => {
          const body: Record<string, unknown> = { ...valid, ...Object.fromEntries(pairs) };
          if (dropRequired && schema.required?.length) delete body[schema.required[0]!];
          // Judged as the server receives it: JSON turns NaN and Infinity into null, which a
          // nullable field accepts.
          return JSON.parse(JSON.stringify(body)) as Record<string, unknown>;
        }),
    )
    .filter((body) => !couldAccept(schema, body))
    .map((body) => {
      const fields = Object.keys(body).join(',');
      return jsonBody(`wrong field values (${fields.slice(0, 60)})`, JSON.stringify(body));
    });
}

/** The right JSON, announced as text: the route must not read it as an object. */
export const textPlainBody = (schema: Schema) =>
  validObject(schema).chain((valid) =>
    fc
      .constantFrom('text/plain', 'text/plain; charset=utf-8')
      .map((type) => mutation(`${type} body`, (request) => setBody(request, JSON.stringify(valid), type))),
  );

/** Fastify's JSON parser skips a leading byte-order mark. */
const isJsonAfterFastify = (text: string): boolean => {
  try {
    JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    return true;
  } catch {
    return false;
  }
};

export const invalidJson = fc
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
  .map((payload) => jsonBody('invalid JSON', payload));

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

export function wrongContentType(schema: Schema | undefined): fc.Arbitrary<Mutation> {
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

export const oversizedPayload = fc
  .tuple(
    fc.integer({ min: BODY_LIMIT + 1, max: 2 * BODY_LIMIT }),
    fc.constantFrom('application/json', 'text/plain', 'application/xml'),
  )
  .map(([size, type]) =>
    mutation(`${size}-byte ${type} payload`, (request) =>
      setBody(request, `{"name":"${'z'.repeat(size - 11)}"}`, type),
    ),
  );
