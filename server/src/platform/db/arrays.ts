/**
 * A PostgreSQL text[] literal, for passing a list as one parameter (`${textArray(xs)}::text[]`):
 * Drizzle spreads a JavaScript array into one parameter per element instead.
 */
export function textArray(values: readonly (string | null)[]): string {
  const elements = values.map((value) =>
    value === null ? 'NULL' : `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`,
  );
  return `{${elements.join(',')}}`;
}
