/**
 * The API names fields by their place in the request (`body.industries.0`); forms by input
 * (`industries`). The first problem of each input wins.
 */
export function errorsByInput(fields: Record<string, string>): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [field, message] of Object.entries(fields)) {
    const input = field.replace(/^body\./, '').split('.')[0] ?? field;
    errors[input] ??= message;
  }
  return errors;
}

/** An empty text box means "none" to the API. */
export const nullIfBlank = (value: string): string | null => (value.trim() === '' ? null : value.trim());
