/** One field of an audited entity, before and after the change. */
export type FieldChange = { field: string; before: unknown; after: unknown; isChanged: boolean };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Nested objects become dotted paths (`settings.colour`); lists stay whole, compared as a value. */
function flatten(value: unknown, prefix = '', into = new Map<string, unknown>()): Map<string, unknown> {
  if (!isObject(value)) {
    if (prefix !== '') into.set(prefix, value);
    return into;
  }
  for (const [key, inner] of Object.entries(value)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (isObject(inner) && Object.keys(inner).length > 0) flatten(inner, path, into);
    else into.set(path, inner);
  }
  return into;
}

/**
 * The fields of `before` and `after` side by side, in the order they first appear, each marked
 * changed or not. A creation has no `before`, a deletion no `after`: every field then counts.
 */
export function changeDiff(before: unknown, after: unknown): FieldChange[] {
  const left = flatten(before);
  const right = flatten(after);
  const fields = [...new Set([...left.keys(), ...right.keys()])];
  return fields.map((field) => {
    const old = left.has(field) ? left.get(field) : undefined;
    const now = right.has(field) ? right.get(field) : undefined;
    return { field, before: old, after: now, isChanged: JSON.stringify(old) !== JSON.stringify(now) };
  });
}
