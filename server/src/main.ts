import pg from 'pg';
import { buildApp } from './app.ts';
import { type Config, loadConfig } from './config.ts';
import { seedDemoData } from './modules/demo/seed-demo-data.ts';
import { openDatabase } from './platform/db/connection.ts';
import { migrateDatabase } from './platform/db/migrate.ts';
import { type DatabaseServer, startDatabase } from './platform/db/start-database.ts';
import { DEFAULT_WEB_DIST_DIR } from './platform/http/web-app.ts';
import { loadInstanceSecret } from './platform/instance-secret.ts';
import { startWorkers } from './workers.ts';

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
  const app = await buildApp({ db: database.db, config, secret, webDistDir: DEFAULT_WEB_DIST_DIR });
  const workers = config.RUN_WORKERS
    ? await startWorkers({
        ownerUrl: server.ownerUrl,
        db: database.db,
        config,
        secret,
        log: workerLog(app.log),
      })
    : null;

  let isClosing = false;
  const shutdown = async (signal: string) => {
    if (isClosing) return;
    isClosing = true;
    app.log.info({ signal }, 'shutting down');
    await app.close();
    await workers?.stop();
    await runtime.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ host: config.HOST, port: config.PORT });
  app.log.info(`Trellis is up at ${config.PUBLIC_URL} (API docs at ${config.PUBLIC_URL}/docs)`);
}

/** Workers log through the same pino logger as requests. */
function workerLog(logger: { info: (details: object, message: string) => void }) {
  return (message: string, details: Record<string, unknown> = {}) => logger.info(details, message);
}

/** `trellis worker`: background work only, for running workers apart from the API. */
export async function work(): Promise<void> {
  const runtime = await startRuntime();
  const log = (message: string, details: Record<string, unknown> = {}) =>
    console.error(JSON.stringify({ time: new Date().toISOString(), message, ...details }));
  const workers = await startWorkers({
    ownerUrl: runtime.server.ownerUrl,
    db: runtime.database.db,
    config: runtime.config,
    secret: runtime.secret,
    log,
  });
  log('worker started');
  let isClosing = false;
  const shutdown = async () => {
    if (isClosing) return;
    isClosing = true;
    await workers.stop();
    await runtime.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
}
