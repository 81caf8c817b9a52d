import { getTableName, sql } from 'drizzle-orm';
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
 * would cost more than the writing. Every row of a table must carry the same keys: a key missing
 * from one row is written as NULL there, not as the column's default.
 */
export async function insertRows(tx: Transaction, inserts: readonly RowsFor<PgTable>[]): Promise<void> {
  if (inserts.every((insert) => insert.rows.length === 0)) return;
  await tx.execute(sql`SELECT trellis_insert_rows(${insertRowsPayload(inserts)}::jsonb)`);
}

/** The argument of `trellis_insert_rows`, for a statement that does more besides. */
export function insertRowsPayload(inserts: readonly RowsFor<PgTable>[]): string {
  return JSON.stringify(
    inserts
      .filter((insert) => insert.rows.length > 0)
      .map((insert) => ({
        table: getTableName(insert.table),
        rows: insert.rows.map((row) =>
          Object.fromEntries(Object.entries(row).map(([key, value]) => [toSnakeCase(key), value])),
        ),
      })),
  );
}
