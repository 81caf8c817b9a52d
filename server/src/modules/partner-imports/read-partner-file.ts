import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';

export type FileFormat = 'csv' | 'xlsx';
/** A row as the spreadsheet numbers it: the header is row 1. */
export type FileRow = { rowNumber: number; cells: string[] };

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** The format a file really has; an .xlsx must be a zip, anything else is read as CSV text. */
export function detectFormat(fileName: string, content: Buffer): FileFormat | null {
  const isZip = content.subarray(0, 4).equals(ZIP_MAGIC);
  if (/\.xlsx$/i.test(fileName)) return isZip ? 'xlsx' : null;
  if (/\.csv$/i.test(fileName)) return isZip ? null : 'csv';
  return null;
}

/**
 * Every row of the file, header first, streamed: a 50 MB file is read row by row and never turned
 * into one big array. Blank rows are left out but keep their number, so the numbers people see in
 * reports are the ones their spreadsheet shows. Only the first worksheet of a workbook is read.
 */
export function readRows(content: Buffer, format: FileFormat): AsyncGenerator<FileRow> {
  return format === 'csv' ? readCsvRows(content) : readXlsxRows(content);
}

async function* readCsvRows(content: Buffer): AsyncGenerator<FileRow> {
  const parser = Readable.from([content]).pipe(
    parse({
      bom: true,
      delimiter: guessDelimiter(content),
      relax_column_count: true,
      skip_empty_lines: false,
    }),
  );
  let rowNumber = 0;
  for await (const record of parser as AsyncIterable<string[]>) {
    rowNumber += 1;
    if (record.every((cell) => cell.trim() === '')) continue;
    yield { rowNumber, cells: record };
  }
}

/** Spreadsheets set to many European locales save CSV with semicolons. */
function guessDelimiter(content: Buffer): string {
  const firstLine = content.subarray(0, 4096).toString('utf8').split(/\r?\n/, 1)[0] ?? '';
  const count = (character: string) => firstLine.split(character).length - 1;
  if (count(';') > count(',')) return ';';
  if (count('\t') > count(',')) return '\t';
  return ',';
}

async function* readXlsxRows(content: Buffer): AsyncGenerator<FileRow> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([content]), {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  for await (const worksheet of workbook) {
    for await (const row of worksheet) {
      const values = Array.from((row.values as unknown[]).slice(1), cellText);
      if (values.every((cell) => cell.trim() === '')) continue;
      yield { rowNumber: row.number, cells: values };
    }
    // The first worksheet is the list; later ones are notes, lookups or pivots.
    return;
  }
}

/** A cell as text, whatever Excel stored: shared or rich text, links, formulas' results, dates. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return String(value);
  const cell = value as { richText?: { text: string }[]; text?: unknown; result?: unknown };
  if (cell.richText) return cell.richText.map((part) => part.text).join('');
  if (cell.text !== undefined) return cellText(cell.text);
  if (cell.result !== undefined) return cellText(cell.result);
  return '';
}
