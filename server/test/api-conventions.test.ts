import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestWorkspace, type TestWorkspace } from './factories.ts';
import { createTestApp, ownerQuery, type TestApp } from './harness.ts';

let t: TestApp;
let world: TestWorkspace;

beforeAll(async () => {
  t = await createTestApp();
  world = await createTestWorkspace(t.database.db);
});
afterAll(() => t.close());

async function countRows(table: string, where = 'true', values: unknown[] = []): Promise<number> {
  const [row] = await ownerQuery<{ n: number }>(
    t.ownerUrl,
    `SELECT count(*)::int AS n FROM ${table} WHERE ${where}`,
    values,
  );
  return row!.n;
}

describe('cursor pagination', () => {
  it('walks a list page by page, newest first, without repeats or gaps', async () => {
    const manager = as(t.app, world.vendor.channel_manager);
    for (let index = 0; index < 7; index++) {
      expect(
        (await manager.post('/api/v1/organisations', { name: `Paged Partner ${index}` })).statusCode,
      ).toBe(201);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const response = await manager.get(`/api/v1/organisations?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      expect(response.statusCode).toBe(200);
      const page = response.json() as { data: { id: string }[]; nextCursor: string | null };
      expect(page.data.length).toBeLessThanOrEqual(3);
      seen.push(...page.data.map((organisation) => organisation.id));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor && pages < 20);
    const all = (await manager.get('/api/v1/organisations?limit=200'))
      .json()
      .data.map((o: { id: string }) => o.id);
    expect(seen).toEqual(all);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual([...seen].sort().reverse());
    expect(pages).toBe(Math.ceil(all.length / 3));
  });

  it('refuses a cursor it did not issue, naming the parameter', async () => {
    const response = await as(t.app, world.vendor.admin).get('/api/v1/users?cursor=not-a-cursor');
    expect(response.statusCode).toBe(422);
    expect(response.json().errors).toEqual([
      { field: 'query.cursor', message: 'is not a cursor this API issued' },
    ]);
  });

  it('finds partners by name despite a typo', async () => {
    const response = await as(t.app, world.vendor.admin).get(
      `/api/v1/organisations?q=${encodeURIComponent('Nortwind')}`,
    );
    expect(response.json().data.map((o: { id: string }) => o.id)).toContain(world.partnerA.id);
    expect(response.json().data.map((o: { id: string }) => o.id)).not.toContain(world.partnerB.id);
  });
});

describe('Idempotency-Key on POST', () => {
  it('creates once and replays the first answer to a retry', async () => {
    const manager = as(t.app, world.vendor.channel_manager);
    const headers = { 'idempotency-key': `create-${Date.now()}` };
    const body = { name: 'Idempotent Partner', region: 'emea' };
    const first = await manager.post('/api/v1/organisations', body, { headers });
    const retry = await manager.post('/api/v1/organisations', body, { headers });
    expect(first.statusCode).toBe(201);
    expect(retry.statusCode).toBe(201);
    expect(retry.json()).toEqual(first.json());
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(await countRows('organisations', 'name = $1', ['Idempotent Partner'])).toBe(1);
  });

  it('refuses the same key with a different body', async () => {
    const manager = as(t.app, world.vendor.channel_manager);
    const headers = { 'idempotency-key': `reuse-${Date.now()}` };
    await manager.post('/api/v1/organisations', { name: 'First Body' }, { headers });
    const reused = await manager.post('/api/v1/organisations', { name: 'Second Body' }, { headers });
    expect(reused.statusCode).toBe(422);
    expect(reused.json().code).toBe('idempotency_key_reused');
    expect(await countRows('organisations', 'name = $1', ['Second Body'])).toBe(0);
  });

  it('keeps keys per caller: another user with the same key gets their own result', async () => {
    const key = `shared-${Date.now()}`;
    const one = await as(t.app, world.vendor.channel_manager).post(
      '/api/v1/organisations',
      { name: 'Keyed One' },
      { headers: { 'idempotency-key': key } },
    );
    const two = await as(t.app, world.vendor.admin).post(
      '/api/v1/organisations',
      { name: 'Keyed Two' },
      { headers: { 'idempotency-key': key } },
    );
    expect(one.statusCode).toBe(201);
    expect(two.statusCode).toBe(201);
    expect(two.json().id).not.toBe(one.json().id);
  });
});

describe('ETag and If-Match', () => {
  it('rejects an update based on a stale version and accepts one based on the current', async () => {
    const manager = as(t.app, world.vendor.channel_manager);
    const loaded = await manager.get(`/api/v1/organisations/${world.partnerB.id}`);
    const etag = loaded.headers.etag as string;
    expect(etag).toMatch(/^"\d+"$/);

    const first = await manager.patch(
      `/api/v1/organisations/${world.partnerB.id}`,
      { country: 'CA' },
      {
        headers: { 'if-match': etag },
      },
    );
    expect(first.statusCode).toBe(200);
    expect(first.headers.etag).not.toBe(etag);

    const stale = await manager.patch(
      `/api/v1/organisations/${world.partnerB.id}`,
      { country: 'MX' },
      {
        headers: { 'if-match': etag },
      },
    );
    expect(stale.statusCode).toBe(412);
    expect(stale.json().code).toBe('version_mismatch');
    const current = await manager.get(`/api/v1/organisations/${world.partnerB.id}`);
    expect(current.json().country).toBe('CA');
  });

  it('refuses an If-Match that is not an ETag', async () => {
    const response = await as(t.app, world.vendor.admin).patch(
      `/api/v1/users/${world.vendor.sales_rep.userId}`,
      { name: 'X' },
      { headers: { 'if-match': 'yesterday' } },
    );
    expect(response.statusCode).toBe(412);
    expect(response.json().errors[0].field).toBe('header.if-match');
  });
});

describe('errors and probes', () => {
  it('answers unknown routes with problem+json', async () => {
    const response = await as(t.app, world.vendor.admin).get('/api/v1/no-such-thing');
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ status: 404, code: 'route_not_found' });
  });

  it('reports liveness and database readiness', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/healthz' })).json()).toEqual({ status: 'ok' });
    expect((await t.app.inject({ method: 'GET', url: '/readyz' })).json()).toEqual({ status: 'ready' });
  });

  it('rate-limits each caller with a problem answer', async () => {
    const limited = await createTestApp({ RATE_LIMIT_MAX: '3' });
    try {
      const local = await createTestWorkspace(limited.database.db, 'Limited');
      const caller = as(limited.app, local.vendor.analyst);
      const statuses: number[] = [];
      for (let index = 0; index < 5; index++) statuses.push((await caller.get('/api/v1/me')).statusCode);
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
      const refused = await caller.get('/api/v1/me');
      expect(refused.headers['content-type']).toContain('application/problem+json');
      expect(refused.headers['retry-after']).toBeDefined();
      // Another caller has its own allowance.
      expect((await as(limited.app, local.vendor.admin).get('/api/v1/me')).statusCode).toBe(200);
    } finally {
      await limited.close();
    }
  });
});

describe('concurrent updates', () => {
  it('lets exactly one of two updates based on the same version win; the other gets 412', async () => {
    const manager = as(t.app, world.vendor.channel_manager);
    const loaded = await manager.get(`/api/v1/organisations/${world.partnerA.id}`);
    const ifMatch = { headers: { 'if-match': loaded.headers.etag as string } };
    const results = await Promise.all(
      ['BE', 'NL', 'LU', 'DK', 'SE', 'NO'].map((country) =>
        manager.patch(`/api/v1/organisations/${world.partnerA.id}`, { country }, ifMatch),
      ),
    );
    const statuses = results.map((result) => result.statusCode).sort();
    expect(statuses).toEqual([200, 412, 412, 412, 412, 412]);
  });

  it('counts every concurrent change in the version, losing none', async () => {
    const user = as(t.app, world.vendor.marketing);
    const before = (await user.get('/api/v1/me')).json().user.version;
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, index) => user.patch('/api/v1/me', { name: `M ${index}` })),
    );
    expect(results.every((result) => result.statusCode === 200)).toBe(true);
    expect((await user.get('/api/v1/me')).json().user.version).toBe(before + 20);
  });
});

describe('text PostgreSQL cannot store', () => {
  it('refuses a NUL character with a 400 naming the field, and stores nothing', async () => {
    const response = await as(t.app, world.vendor.channel_manager).post('/api/v1/organisations', {
      name: 'Null\u0000Byte Partners',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      { field: 'body.name', message: 'must not contain NUL (U+0000) characters' },
    ]);
    expect(await countRows('organisations', "name LIKE 'Null%'")).toBe(0);
  });
});

describe('refusals in words', () => {
  it('words a refusal its schema leaves unworded for the person who typed the value', async () => {
    const response = await as(t.app, world.vendor.channel_manager).post('/api/v1/organisations', {
      name: 'N'.repeat(201),
      websiteDomain: 42,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual(
      expect.arrayContaining([
        { field: 'body.name', message: 'must be at most 200 characters' },
        { field: 'body.websiteDomain', message: 'must be text' },
      ]),
    );
  });
});
