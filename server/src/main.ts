import pg from 'pg';
import { buildApp } from './app.ts';
import { type Config, loadConfig } from './config.ts';
import { seedDemoData } from './modules/demo/seed-demo-data.ts';
import { openDatabase } from './platform/db/connection.ts';
import { migrateDatabase } from './platform/db/migrate.ts';
import { type DatabaseServer, startDatabase } from './platform/db/start-database.ts';
import { loadInstanceSecret } from './platform/instance-secret.ts';

export type Runtime = {
  config: Config;
  server: DatabaseServer;
  database: ReturnType<typeof openDatabase>;
  secret: string;
  close: () => Promise<void>;
};

/** Config → database (embedded or DATABASE_URL) → migrations: what every command needs first. */
export async function startRuntime(log: (line: string) => void = console.error): Promise<Runtime> {
  const config = loadConfig();
  const server = await startDatabase(config, log);
  try {
    await migrateDatabase(server.ownerUrl);
    const database = openDatabase(server.ownerUrl);
    const secret = await loadInstanceSecret(config);
    return {
      config,
      server,
      database,
      secret,
      close: async () => {
        await database.close();
        await server.stop();
      },
    };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

/** Whether any workspace exists, asked as the owner: the app role sees none without an actor. */
export async function databaseHasData(ownerUrl: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const result = await client.query('SELECT EXISTS (SELECT 1 FROM workspaces) AS has_data');
    return result.rows[0].has_data === true;
  } finally {
    await client.end();
  }
}

export async function serve(): Promise<void> {
  const runtime = await startRuntime();
  const { config, database, secret, server } = runtime;
  if (config.SEED_DEMO_DATA) {
    const outcome = await seedDemoData({
      db: database.db,
      hasData: () => databaseHasData(server.ownerUrl),
      isProduction: config.NODE_ENV === 'production',
    });
    if (outcome.seeded) console.error('Seeded demo workspace "Acme Cloud" (see README for the logins).');
  }
  const app = await buildApp({ db: database.db, config, secret });

  let isClosing = false;
  const shutdown = async (signal: string) => {
    if (isClosing) return;
    isClosing = true;
    app.log.info({ signal }, 'shutting down');
    await app.close();
    await runtime.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ host: config.HOST, port: config.PORT });
  app.log.info(`Trellis is up at ${config.PUBLIC_URL} (API docs at ${config.PUBLIC_URL}/docs)`);
}
