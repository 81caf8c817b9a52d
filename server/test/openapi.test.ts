import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './harness.ts';

const SERVER_DIR = path.resolve(import.meta.dirname, '..');
const RULESET = path.join(SERVER_DIR, '.spectral.yaml');
const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

type Operation = { operationId?: string; tags?: string[] };
type OpenApiDocument = { openapi: string; paths: Record<string, Record<string, Operation>> };
/** Spectral's JSON output; severity 0 is error, 1 warning, 2 info, 3 hint. */
type SpectralResult = { code: string | number; message: string; path: (string | number)[]; severity: number };

/** The CLI from node_modules/.bin: the server's own, else the workspace root's (npm hoists it there). */
function spectralCli(): string {
  const candidates = [SERVER_DIR, path.dirname(SERVER_DIR)].map((dir) =>
    path.join(dir, 'node_modules', '.bin', 'spectral'),
  );
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found)
    throw new Error(`@stoplight/spectral-cli is not installed (looked for ${candidates.join(', ')})`);
  return found;
}

async function lint(document: unknown): Promise<SpectralResult[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'trellis-openapi-'));
  try {
    const specFile = path.join(dir, 'openapi.json');
    const resultsFile = path.join(dir, 'results.json');
    await writeFile(specFile, JSON.stringify(document, null, 2));
    const args = ['lint', specFile, '--ruleset', RULESET, '--format', 'json', '--output', resultsFile];
    try {
      await promisify(execFile)(process.execPath, [spectralCli(), ...args], { timeout: 60_000 });
    } catch (error) {
      // Exit code 1 means "found errors", which the assertions report; anything else is a crash.
      const { code, stderr } = error as { code?: unknown; stderr?: string };
      if (code !== 1 || !existsSync(resultsFile)) {
        throw new Error(`spectral failed (exit ${String(code)}): ${stderr ?? String(error)}`);
      }
    }
    return JSON.parse(await readFile(resultsFile, 'utf8')) as SpectralResult[];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe('OpenAPI document', () => {
  let testApp: TestApp;
  let document: OpenApiDocument;

  beforeAll(async () => {
    testApp = await createTestApp();
    const response = await testApp.app.inject({ method: 'GET', url: '/openapi.json' });
    expect(response.statusCode).toBe(200);
    document = response.json();
  });

  afterAll(async () => {
    await testApp?.close();
  });

  it('is OpenAPI 3.1', () => {
    expect(document.openapi).toMatch(/^3\.1\.\d+$/);
  });

  it('gives every operation an operationId and a tag', () => {
    const operations = Object.entries(document.paths).flatMap(([route, item]) =>
      Object.entries(item)
        .filter(([method]) => HTTP_METHODS.includes(method))
        .map(([method, operation]) => ({ name: `${method.toUpperCase()} ${route}`, operation })),
    );
    expect(operations.length).toBeGreaterThan(0);
    const missingId = operations.filter(({ operation }) => !operation.operationId).map(({ name }) => name);
    const missingTag = operations.filter(({ operation }) => !operation.tags?.length).map(({ name }) => name);
    expect(missingId, 'operations without an operationId').toEqual([]);
    expect(missingTag, 'operations without a tag').toEqual([]);
  });

  it('passes the spectral:oas ruleset without errors', { timeout: 90_000 }, async () => {
    const results = await lint(document);
    const errors = results
      .filter((result) => result.severity === 0)
      .map((result) => `${result.code} at ${result.path.join('.') || '(root)'}: ${result.message}`);
    expect(errors).toEqual([]);
  });

  it('serves the interactive docs at /docs', async () => {
    const page = await testApp.app.inject({ method: 'GET', url: '/docs/' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.body).toContain('swagger-ui');

    // Either served directly or redirected to the trailing-slash page.
    const bare = await testApp.app.inject({ method: 'GET', url: '/docs' });
    if (bare.statusCode >= 300 && bare.statusCode < 400) {
      expect(bare.headers.location).toMatch(/\/docs\/?$/);
    } else {
      expect(bare.statusCode).toBe(200);
      expect(bare.headers['content-type']).toMatch(/^text\/html/);
    }
  });
});
