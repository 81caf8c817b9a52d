import type { Config } from '../../config.ts';
import { startEmbeddedPostgres } from './embedded-postgres.ts';

export type DatabaseServer = { ownerUrl: string; isEmbedded: boolean; stop: () => Promise<void> };

/** DATABASE_URL when given, otherwise the embedded PostgreSQL in the data directory. */
export async function startDatabase(config: Config, log: (line: string) => void): Promise<DatabaseServer> {
  if (config.DATABASE_URL) {
    return { ownerUrl: config.DATABASE_URL, isEmbedded: false, stop: async () => undefined };
  }
  log(`starting embedded PostgreSQL in ${config.TRELLIS_DATA_DIR} on port ${config.EMBEDDED_PG_PORT}`);
  const embedded = await startEmbeddedPostgres({
    dataDir: config.TRELLIS_DATA_DIR,
    port: config.EMBEDDED_PG_PORT,
  });
  const ownerUrl = embedded.ownerUrl('postgres');
  await ensureDatabase(ownerUrl, 'trellis');
  return { ownerUrl: embedded.ownerUrl('trellis'), isEmbedded: true, stop: embedded.stop };
}

async function ensureDatabase(ownerUrl: string, name: string): Promise<void> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
}
