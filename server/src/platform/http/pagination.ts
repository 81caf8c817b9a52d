import { z } from 'zod';
import { invalid } from '../errors.ts';

/** The one pagination: newest first, keyset on the time-ordered id, opaque cursor. */
export const pageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50).describe('Page size, 1–200'),
  cursor: z.string().max(200).optional().describe('`nextCursor` from the previous page'),
});

export type PageQuery = z.infer<typeof pageQuerySchema>;

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    data: z.array(item),
    nextCursor: z.string().nullable().describe('Pass as `cursor` for the next page; null on the last page'),
  });
}

export type Page<T> = { data: T[]; nextCursor: string | null };

export function decodeCursor(cursor: string | undefined): string | null {
  if (!cursor) return null;
  const id = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!/^[a-z]+_[0-9a-z]{26}$/.test(id)) throw invalid('query.cursor', 'is not a cursor this API issued');
  return id;
}

/** Callers fetch `limit + 1` rows; the extra one tells whether another page exists. */
export function toPage<Row extends { id: string }, Out>(
  rows: Row[],
  limit: number,
  present: (row: Row) => Out,
): Page<Out> {
  const hasMore = rows.length > limit;
  const pageRows = hasMore ? rows.slice(0, limit) : rows;
  const last = pageRows.at(-1);
  return {
    data: pageRows.map(present),
    nextCursor: hasMore && last ? Buffer.from(last.id, 'utf8').toString('base64url') : null,
  };
}
