import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../src/platform/db/embedded-postgres.ts';
import { migrateDatabase } from '../src/platform/db/migrate.ts';
import { freePort } from './free-port.ts';

export const TEMPLATE_DATABASE = 'trellis_test_template';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Owner connection string without a database name; tests append theirs. */
    postgresBaseUrl: string;
  }
}

/**
 * One PostgreSQL for the whole run: the embedded one, or the external server in DATABASE_URL.
 * Migrations run once into a template database that every test file clones.
 */
export default async function setup(project: TestProject) {
  const external = process.env.DATABASE_URL;
  let stop = async () => {};
  let baseUrl: string;
  if (external) {
    const url = new URL(external);
    url.pathname = '/';
    baseUrl = url.toString().replace(/\/$/, '');
  } else {
    // In the system temp dir, traversable by the `postgres` user the server runs as under root
    // (the checkout may sit in a private home directory).
    const dataDir = await mkdtemp(path.join(tmpdir(), 'trellis-test-pg-'));
    await chmod(dataDir, 0o755);
    const embedded = await startEmbeddedPostgres({ dataDir, port: await freePort() });
    baseUrl = embedded.ownerUrl('').replace(/\/$/, '');
    stop = async () => {
      await embedded.stop();
      await rm(dataDir, { recursive: true, force: true });
    };
  }

  const admin = new pg.Client({ connectionString: `${baseUrl}/postgres` });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  await admin.end();
  await migrateDatabase(`${baseUrl}/${TEMPLATE_DATABASE}`);

  project.provide('postgresBaseUrl', baseUrl);
  return stop;
}
