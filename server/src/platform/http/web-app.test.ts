import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, buildApp } from '../../app.ts';
import { loadConfig } from '../../config.ts';
import { type DatabaseHandle, openDatabase } from '../db/connection.ts';

const PAGE = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };

describe('the web app at /', () => {
  let distDir: string;
  let database: DatabaseHandle;
  let app: App;

  beforeAll(async () => {
    distDir = await mkdtemp(path.join(os.tmpdir(), 'trellis-web-dist-'));
    await mkdir(path.join(distDir, 'assets'));
    await writeFile(path.join(distDir, 'index.html'), '<!doctype html><title>Trellis</title>');
    await writeFile(path.join(distDir, 'assets', 'app-abc123.js'), 'console.log(1)');
    // Nothing here reaches the database: the pool points nowhere and is never used.
    database = openDatabase('postgres://unused@127.0.0.1:9/unused', { max: 1 });
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
    app = await buildApp({ db: database.db, config, secret: 'x'.repeat(64), webDistDir: distDir });
    await app.ready();
  });

  afterAll(async () => {
    await app.close();
    await database.close();
    await rm(distDir, { recursive: true, force: true });
  });

  it('serves index.html at / and for any page the browser navigates to', async () => {
    for (const url of ['/', '/sign-in', '/console/audit?x=1']) {
      const response = await app.inject({ method: 'GET', url, headers: PAGE });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-type']).toContain('text/html');
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.body).toContain('<title>Trellis</title>');
    }
  });

  it('serves built assets as immutable', async () => {
    const response = await app.inject({ method: 'GET', url: '/assets/app-abc123.js' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('javascript');
    expect(response.headers['cache-control']).toContain('immutable');
  });

  it('keeps problem+json 404s for missing files and unknown API paths', async () => {
    const missing = await app.inject({ method: 'GET', url: '/assets/gone.js', headers: { accept: '*/*' } });
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-type']).toContain('application/problem+json');
    const api = await app.inject({ method: 'GET', url: '/api/v1/no-such-thing', headers: PAGE });
    expect(api.statusCode).toBe(401);
    expect(api.headers['content-type']).toContain('application/problem+json');
  });

  it('keeps the API documents and probes', async () => {
    const document = await app.inject({ method: 'GET', url: '/openapi.json', headers: PAGE });
    expect(document.json()).toMatchObject({ openapi: '3.1.0' });
    const docs = await app.inject({ method: 'GET', url: '/docs/', headers: PAGE });
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain('swagger');
    expect((await app.inject({ method: 'GET', url: '/healthz' })).json()).toEqual({ status: 'ok' });
  });
});
