import { getTableColumns, getTableName, sql } from 'drizzle-orm';
import { toSnakeCase } from 'drizzle-orm/casing';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Transaction } from './connection.ts';

export type RowsFor<Table extends PgTable> = { table: Table; rows: readonly Table['$inferInsert'][] };

/** Pairs a table with rows of its own type, so `insertRows` can take several tables at once. */
export const rowsFor = <Table extends PgTable>(table: Table, rows: readonly Table['$inferInsert'][]) =>
  ({ table, rows }) as RowsFor<PgTable>;

/**
 * Inserts rows into several tables in one round trip, in the order given (parents first), under
 * the transaction's row-level security. For batches, where one statement per table per batch
 * would cost more than the writing. The columns written are the keys the rows carry: a key missing
 * from one row is written as NULL there, not as the column's default.
 *
 * With `answering`, answers the rows written to that table as stored: defaults, identities and
 * the database's clock filled in, typed as a select of the table would type them.
 */
export async function insertRows(tx: Transaction, inserts: readonly RowsFor<PgTable>[]): Promise<void>;
export async function insertRows<Table extends PgTable>(
  tx: Transaction,
  inserts: readonly RowsFor<PgTable>[],
  options: { answering: Table },
): Promise<Table['$inferSelect'][]>;
export async function insertRows(
  tx: Transaction,
  inserts: readonly RowsFor<PgTable>[],
  { answering }: { answering?: PgTable } = {},
): Promise<unknown> {
  if (inserts.every((insert) => insert.rows.length === 0)) return answering ? [] : undefined;
  const result = await tx.execute<{ written: Record<string, Record<string, unknown>[]> }>(
    sql`SELECT trellis_insert_rows(${insertRowsPayload(inserts, answering)}::jsonb) AS written`,
  );
  if (!answering) return undefined;
  const written = result.rows[0]?.written[getTableName(answering)] ?? [];
  return written.map((stored) => asSelected(answering, stored));
}

/** The argument of `trellis_insert_rows`, for a statement that does more besides. */
export function insertRowsPayload(inserts: readonly RowsFor<PgTable>[], answering?: PgTable): string {
  return JSON.stringify(
    inserts
      .filter((insert) => insert.rows.length > 0)
      .map((insert) => {
        const rows = insert.rows.map((row) =>
          Object.fromEntries(Object.entries(row).map(([key, value]) => [snakeCase(key), value])),
        );
        return {
          table: getTableName(insert.table),
          columns: [...new Set(rows.flatMap((row) => Object.keys(row)))],
          returning: insert.table === answering,
          rows,
        };
      }),
  );
}

// Every row of a batch names the same few dozen keys: convert each once.
const snakeCaseOf = new Map<string, string>();
function snakeCase(key: string): string {
  let name = snakeCaseOf.get(key);
  if (name === undefined) {
    name = toSnakeCase(key);
    snakeCaseOf.set(key, name);
  }
  return name;
}

/** A row as `to_jsonb` wrote it (snake_case keys, JSON values), as drizzle's select would give it. */
function asSelected(table: PgTable, stored: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(getTableColumns(table)).map(([key, column]) => {
      const value = stored[column.keyAsName ? snakeCase(column.name) : column.name];
      return [key, value === null || value === undefined ? null : column.mapFromDriverValue(value)];
    }),
  );
}
