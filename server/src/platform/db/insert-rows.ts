import { getTableColumns, getTableName, sql } from 'drizzle-orm';
import { toSnakeCase } from 'drizzle-orm/casing';
import { PgNumeric, type PgTable } from 'drizzle-orm/pg-core';
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
        const nameOf = storedNamesOf(insert.table);
        const rows = insert.rows.map((row) =>
          Object.fromEntries(Object.entries(row).map(([key, value]) => [nameOf.get(key) ?? key, value])),
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

/**
 * The name each column of a table has in the database, by its key in the schema: the key in
 * snake_case unless the column names itself. Writing and reading back both go by it.
 */
const storedNamesByTable = new WeakMap<PgTable, Map<string, string>>();
function storedNamesOf(table: PgTable): Map<string, string> {
  let names = storedNamesByTable.get(table);
  if (!names) {
    names = new Map(
      Object.entries(getTableColumns(table)).map(([key, column]) => [
        key,
        column.keyAsName ? toSnakeCase(column.name) : column.name,
      ]),
    );
    storedNamesByTable.set(table, names);
  }
  return names;
}

/**
 * A row as `to_jsonb` wrote it (stored column names, JSON values), as drizzle's select would give
 * it. A numeric arrives as a JSON number, which keeps 15 significant digits and drops trailing
 * zeros; a numeric read as a string gets its scale back ("1200.50", as PostgreSQL writes it).
 */
function asSelected(table: PgTable, stored: Record<string, unknown>): Record<string, unknown> {
  const nameOf = storedNamesOf(table);
  return Object.fromEntries(
    Object.entries(getTableColumns(table)).map(([key, column]) => {
      const value = stored[nameOf.get(key)!];
      if (value === null || value === undefined) return [key, null];
      if (column instanceof PgNumeric && typeof value === 'number' && column.scale !== undefined) {
        return [key, value.toFixed(column.scale)];
      }
      return [key, column.mapFromDriverValue(value)];
    }),
  );
}
