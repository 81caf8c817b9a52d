/**
 * Writes src/api/schema.d.ts from the server's OpenAPI document, so the web app's API calls are
 * type-checked against the routes as they are. `--check` compares instead of writing and fails
 * when the committed file is stale.
 *
 * The app is built in-process: no server, no database. Building registers routes and schemas
 * only; the pool below points nowhere and the script fails if anything tried to use it.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { buildApp } from '../../server/src/app.ts';
import { loadConfig } from '../../server/src/config.ts';
import { openDatabase } from '../../server/src/platform/db/connection.ts';

const SCHEMA_FILE = path.resolve(import.meta.dirname, '../src/api/schema.d.ts');
const HEADER = [
  "// Generated from the server's OpenAPI document by `npm run generate:api -w web`. Do not edit:",
  '// `npm run check:api -w web` (part of the build) fails when this file and the API disagree.',
  '',
].join('\n');

async function openApiDocument(): Promise<object> {
  // Fixed settings: the document must not depend on who runs this or on their environment.
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
  const unused = openDatabase('postgres://unused@127.0.0.1:9/unused', { max: 1 });
  let connectionAttempts = 0;
  const connect = unused.pool.connect.bind(unused.pool) as (...args: unknown[]) => unknown;
  unused.pool.connect = ((...args: unknown[]) => {
    connectionAttempts += 1;
    return connect(...args);
  }) as typeof unused.pool.connect;
  const app = await buildApp({ db: unused.db, config, secret: 'x'.repeat(64) });
  let document: object;
  try {
    await app.ready();
    document = app.swagger();
  } finally {
    await app.close();
    await unused.close();
  }
  if (connectionAttempts > 0) throw new Error('building the app tried to reach the database; it must not');
  return document;
}

async function generatedSchema(): Promise<string> {
  const ast = await openapiTS(JSON.stringify(await openApiDocument()), { alphabetize: true });
  return HEADER + astToString(ast);
}

async function main() {
  const isCheck = process.argv.includes('--check');
  const generated = await generatedSchema();
  if (!isCheck) {
    await writeFile(SCHEMA_FILE, generated);
    console.log(`wrote ${path.relative(process.cwd(), SCHEMA_FILE)}`);
    return;
  }
  const committed = await readFile(SCHEMA_FILE, 'utf8').catch(() => '');
  if (committed !== generated) {
    console.error('web/src/api/schema.d.ts is stale: the API changed: run npm run generate:api -w web');
    process.exit(1);
  }
  console.log('web/src/api/schema.d.ts matches the API');
}

await main();
