/**
 * `{{after.name}}`-style placeholders in the texts of rule actions, filled from the condition data.
 * Deliberately tiny: dotted paths over own properties only (never the prototype chain), no
 * expressions, no helpers, nothing that runs code. A missing value becomes an empty string.
 */
const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+)*)\s*\}\}/g;

export function fillPlaceholders(template: string, data: unknown, { maxLength = 5000 } = {}): string {
  const filled = template.replace(PLACEHOLDER, (_match, path: string) => render(lookup(data, path)));
  return filled.length > maxLength ? `${filled.slice(0, maxLength - 1)}…` : filled;
}

function lookup(data: unknown, path: string): unknown {
  let current: unknown = data;
  for (const key of path.split('.')) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function render(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((item) => typeof item !== 'object' || item === null)) {
    return value.map(render).join(', ');
  }
  try {
    return JSON.stringify(value);
  } catch {
    // Only a sample in a dry run can nest deeper than the stack allows; events never do.
    return '';
  }
}
