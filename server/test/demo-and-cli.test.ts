import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { SESSION_COOKIE } from '../src/modules/auth/request-authentication.ts';
import { DEMO_PASSWORD } from '../src/modules/demo/seed-demo-data.ts';
import { createTestDatabase, ownerQuery, runTrellis, TEST_SECRET, type TestDatabase } from './harness.ts';

let t: TestDatabase;
let dataDir: string;
let app: App;

const trellis = (...args: string[]) => runTrellis(args, { databaseUrl: t.ownerUrl, dataDir });

beforeAll(async () => {
  t = await createTestDatabase();
  dataDir = await mkdtemp(path.join(tmpdir(), 'trellis-cli-'));
  app = await buildApp({
    db: t.database.db,
    config: loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }),
    secret: TEST_SECRET,
  });
});
afterAll(async () => {
  await app.close();
  await t.drop();
  await rm(dataDir, { recursive: true, force: true });
});

describe('demo data and the command line', () => {
  it('`trellis seed` seeds Acme Cloud once and refuses a database that has data', async () => {
    const first = await trellis('seed');
    expect(first.output).toMatch(/Seeded workspace wksp_/);
    expect(first.code).toBe(0);
    const second = await trellis('seed');
    expect(second.output).toContain('the database already has data');
    expect(second.code).toBe(1);
    const migrate = await trellis('migrate');
    expect(migrate.code).toBe(0);
  }, 60_000);

  it('lets every README login sign in and shows rep@northwind.test nothing of Contoso', async () => {
    {
      const logins = ['admin@acme.test', 'channel@acme.test', 'admin@northwind.test', 'rep@northwind.test'];
      logins.push('admin@contoso.test', 'rep@contoso.test');
      const sessions: Record<string, string> = {};
      for (const email of logins) {
        const response = await app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { email, password: DEMO_PASSWORD },
        });
        expect(response.statusCode, email).toBe(200);
        sessions[email] = response.cookies.find((cookie) => cookie.name === SESSION_COOKIE)!.value;
      }
      const get = (email: string, url: string) =>
        app.inject({ method: 'GET', url, cookies: { [SESSION_COOKIE]: sessions[email]! } });

      const contoso = (await get('admin@acme.test', '/api/v1/organisations?q=Contoso')).json().data[0];
      expect(contoso.name).toBe('Contoso Consulting');
      const contosoUsers = (await get('admin@acme.test', `/api/v1/users?organisationId=${contoso.id}`)).json()
        .data;
      expect(contosoUsers).toHaveLength(2);

      for (const url of ['/api/v1/organisations', '/api/v1/users', '/api/v1/me']) {
        const body = (await get('rep@northwind.test', url)).body;
        expect(body, url).not.toContain('Contoso');
        expect(body, url).not.toContain(contoso.id);
        for (const user of contosoUsers) expect(body, url).not.toContain(user.id);
      }
      expect((await get('rep@northwind.test', `/api/v1/organisations/${contoso.id}`)).statusCode).toBe(404);
      expect((await get('rep@northwind.test', `/api/v1/users/${contosoUsers[0].id}`)).statusCode).toBe(404);

      const pending = (await get('admin@northwind.test', '/api/v1/agreements/pending')).json().data;
      expect(pending.map((entry: { template: { name: string } }) => entry.template.name)).toEqual([
        'Acme Partner Program Agreement',
      ]);
    }
  });

  it('`trellis user create` adds a user who can sign in', async () => {
    {
      const login = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: 'admin@acme.test', password: DEMO_PASSWORD },
      });
      const me = login.json().me;
      const created = await trellis(
        'user',
        'create',
        '--workspace',
        await workspaceOf(me.user.id),
        '--organisation',
        me.organisation.id,
        '--email',
        'ops@acme.test',
        '--name',
        'Ops Person',
        '--role',
        'analyst',
        '--password',
        'a-strong-password',
      );
      expect(created.output).toMatch(/Created user_\w+ <ops@acme.test> as analyst/);
      expect(created.code).toBe(0);
      const signIn = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: 'ops@acme.test', password: 'a-strong-password' },
      });
      expect(signIn.statusCode).toBe(200);
      expect(signIn.json().me.user.role).toBe('analyst');

      const badRole = await trellis(
        'user',
        'create',
        '--workspace',
        'x',
        '--organisation',
        'y',
        '--email',
        'a@b.test',
        '--name',
        'n',
        '--role',
        'emperor',
        '--password',
        'a-strong-password',
      );
      expect(badRole.code).not.toBe(0);
      expect(badRole.output).toContain('one of owner');
    }
  }, 60_000);
});

async function workspaceOf(userId: string): Promise<string> {
  const [row] = await ownerQuery<{ workspace_id: string }>(
    t.ownerUrl,
    'SELECT workspace_id FROM users WHERE id = $1',
    [userId],
  );
  return row!.workspace_id;
}
