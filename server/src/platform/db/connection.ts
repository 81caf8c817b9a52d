import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import * as schema from './schema.ts';

export type Database = NodePgDatabase<typeof schema>;
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

export type DatabaseHandle = {
  /** Runs as `trellis_app`: no BYPASSRLS, so row-level security applies to every query. */
  db: Database;
  pool: pg.Pool;
  close: () => Promise<void>;
};

/** PostgreSQL returns int8 as text by default; our counters and sequence numbers fit in a double. */
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number.parseInt(value, 10));

export const APP_ROLE = 'trellis_app';

/**
 * Opens the application pool. Every connection runs as the `trellis_app` role, so even a query that forgets the application-level check is still filtered by the
 * row-level security policies. The role is created by the migrations.
 */
export function openDatabase(
  connectionString: string,
  {
    max = 20,
    onIdleError = (error: Error) => console.warn(`database connection lost: ${error.message}`),
  } = {},
): DatabaseHandle {
  // The role is a startup parameter rather than a later SET ROLE so no query can ever run on a
  // connection that has not switched yet.
  const pool = new pg.Pool({
    connectionString,
    max,
    application_name: 'trellis',
    options: `-c role=${APP_ROLE}`,
  });
  // An idle connection can die (server restart, DROP DATABASE); pg requires a handler or the
  // process crashes. The pool replaces the connection on next use.
  pool.on('error', onIdleError);
  const db = drizzle(pool, { schema, casing: 'snake_case' });
  return { db, pool, close: () => pool.end() };
}
