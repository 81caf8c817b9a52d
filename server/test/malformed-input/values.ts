/**
 * Values for request fields: nasty strings, and values a schema accepts or refuses.
 */
import fc from 'fast-check';
import { BODY_LIMIT } from './routes.ts';
import { compiled, couldAccept, type Schema, stringCouldPass } from './schema.ts';

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

// Built once: generators are rebuilt for every value inside `chain`, and these are costly to build.
const nastyPiece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY_PIECES) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
);
const lowerAlphanumeric = fc.constantFrom(...'0123456789abcdefghijklmnopqrstuvwxyz');
const freeTextCharacter = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789');

/** Strings built to upset parsers, databases and terminals. */
export const nastyString = (maxPieces = 12) =>
  fc.array(nastyPiece, { minLength: 1, maxLength: maxPieces }).map((pieces) => pieces.join(''));

/** Strings from 10 kB to 2 MB, of one repeated (possibly multi-byte or NUL) character. */
const hugeString = fc
  .tuple(fc.integer({ min: 10_000, max: 2 * BODY_LIMIT }), fc.constantFrom('x', 'é', '😀', '\u0000', 'A '))
  .map(([length, unit]) => unit.repeat(Math.ceil(length / unit.length)));

/** Header values: printable junk, tabs and other control characters, latin-1, over-long. */
export const headerGarbage = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary-ascii', maxLength: 40 }),
  nastyString(6),
  fc.integer({ min: 256, max: 9000 }).map((length) => 'k'.repeat(length)),
  fc.constantFrom('', ' ', '\t', 'null', 'undefined', '0', '-1', '[]', '{}', '"', 'ÿ'),
);

export const idLike = (prefix: string) =>
  fc.string({ unit: lowerAlphanumeric, minLength: 26, maxLength: 26 }).map((body) => `${prefix}_${body}`);

/** JSON values of any type, including deep nesting. */
export const anyJson = fc.oneof(
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
export function validValue(schema: Schema): fc.Arbitrary<unknown> {
  const options = schema.anyOf ?? schema.oneOf;
  if (options?.length) {
    const nonNull = options.filter((option) => option.type !== 'null');
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

export function validString(schema: Schema): fc.Arbitrary<string> {
  if (schema.format === 'date-time') {
    return fc
      .date({
        min: new Date('2031-01-01T00:00:00Z'),
        max: new Date('2099-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((date) => date.toISOString());
  }
  const regex = compiled(schema.pattern);
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
    .string({ unit: freeTextCharacter, minLength: 1, maxLength: 8 })
    .map((tag) => fitLength(`fuzz-${tag}@example.test`, schema));
}

export function fitLength(value: string, schema: Schema): string {
  const padded =
    value.length < (schema.minLength ?? 0) ? value + 'x'.repeat(schema.minLength! - value.length) : value;
  return schema.maxLength !== undefined ? padded.slice(0, schema.maxLength) : padded;
}

/** An object with every required property and some optional ones, all valid. */
export function validObject(schema: Schema): fc.Arbitrary<Record<string, unknown>> {
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

/** Values of every type and size, for `invalidValue` to keep those the schema refuses. */
const anyValue: fc.Arbitrary<unknown>[] = [
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

/** A value the schema refuses: wrong type, out of range, too long, not in the enum, off-pattern. */
export function invalidValue(schema: Schema): fc.Arbitrary<unknown> {
  const candidates = [...anyValue];
  for (const part of [schema, ...(schema.anyOf ?? []), ...(schema.oneOf ?? [])]) {
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
