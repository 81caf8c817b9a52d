import { parse } from 'csv-parse/sync';
import { DomainError, type FieldProblem } from '../../platform/errors.ts';

/** Rows of a CSV (the same parser partner imports use); null when it cannot be read, e.g. an unclosed quote. */
export function readCsv(text: string): string[][] | null {
  try {
    const rows: string[][] = parse(text, {
      relax_column_count: true,
      skip_empty_lines: true,
      record_delimiter: ['\r\n', '\n', '\r'],
    });
    return rows.filter((cells) => cells.some((cell) => cell.trim() !== ''));
  } catch {
    return null;
  }
}

export type SanctionsListEntry = {
  name: string;
  aliases: string[];
  country: string | null;
  source: string | null;
  reference: string | null;
};

const COLUMNS = ['name', 'aliases', 'country', 'source', 'reference'] as const;
const MAX_ENTRIES = 50_000;

const invalidList = (problems: FieldProblem[]) =>
  new DomainError(
    'validation',
    'invalid_sanctions_list',
    `The sanctions list could not be read: ${problems.map((problem) => problem.message).join('; ')}`,
    problems,
  );

/**
 * The entries of an uploaded list. The header row names the columns (any order, `name` required,
 * `list`/`list_source` accepted for `source`); aliases are separated by semicolons.
 */
export function parseSanctionsList(csv: string): SanctionsListEntry[] {
  const rows = readCsv(csv.replace(/^\uFEFF/, ''));
  const at = (message: string) => [{ field: 'body.csv', message }];
  if (!rows) throw invalidList(at('a quoted field is never closed'));
  const [header, ...data] = rows;
  if (!header) throw invalidList(at('it is empty; the first row must name the columns'));
  const columns = header.map((cell) => {
    const name = cell.trim().toLowerCase().replace(/\s+/g, '_');
    return name === 'list' || name === 'list_source' ? 'source' : name;
  });
  const indexOf = (column: (typeof COLUMNS)[number]) => columns.indexOf(column);
  if (indexOf('name') < 0) throw invalidList(at('the header row has no "name" column'));
  if (data.length === 0) throw invalidList(at('it has no entries below the header row'));
  if (data.length > MAX_ENTRIES) throw invalidList(at(`it has more than ${MAX_ENTRIES} entries`));
  const problems: FieldProblem[] = [];
  const entries = data.map((cells, position) => {
    const cell = (column: (typeof COLUMNS)[number]) => {
      const index = indexOf(column);
      const value = index < 0 ? '' : (cells[index] ?? '').trim();
      return value === '' ? null : value.slice(0, 500);
    };
    const name = cell('name');
    if (!name && problems.length < 20) {
      problems.push({ field: 'body.csv', message: `row ${position + 2} has no name` });
    }
    return {
      name: name ?? '',
      aliases: (cell('aliases') ?? '')
        .split(';')
        .map((alias) => alias.trim())
        .filter(Boolean)
        .slice(0, 50),
      country: cell('country'),
      source: cell('source'),
      reference: cell('reference'),
    };
  });
  if (problems.length > 0) throw invalidList(problems);
  return entries;
}
