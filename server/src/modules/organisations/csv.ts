/**
 * One CSV line (RFC 4180, CRLF). Cells a spreadsheet would run as a formula (= + - @, and the tab
 * and carriage return that some read the same way) get a leading apostrophe, so an export
 * opened in Excel cannot execute what a partner typed into its profile.
 */
export function csvLine(cells: readonly (string | number | null | undefined)[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
