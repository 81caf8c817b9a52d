/**
 * The API names list items by position (`regions.1`); the form shows them under the list's
 * input. The first message per input wins.
 */
export function errorsByInput(fields: Record<string, string>): Record<string, string> {
  const byInput: Record<string, string> = {};
  for (const [field, message] of Object.entries(fields)) {
    const input = field.split('.')[0] ?? field;
    byInput[input] ??= message;
  }
  return byInput;
}
