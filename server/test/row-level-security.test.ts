import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Actor, applyActor } from '../src/platform/context.ts';
import { newId } from '../src/platform/ids.ts';
import { createTestWorkspace, type TestWorkspace } from './factories.ts';
import { insertApiKey, insertInvitation } from './fixtures.ts';
import { createTestDatabase, type TestDatabase } from './harness.ts';

/**
 * These queries go straight to the database as the application role, with no WHERE clause and no
 * permission check: only the row-level security policies stand between a partner and other data.
 */
let t: TestDatabase;
let world: TestWorkspace;
let other: TestWorkspace;

beforeAll(async () => {
  t = await createTestDatabase();
  world = await createTestWorkspace(t.database.db, 'Acme');
  other = await createTestWorkspace(t.database.db, 'Globex');
  for (const workspace of [world, other]) {
    for (const partner of [workspace.partnerA, workspace.partnerB]) {
      const place = { workspaceId: workspace.workspaceId, organisationId: partner.id };
      await insertInvitation(t.database.db, place, 'partner_sales');
      await insertApiKey(t.database.db, place, partner.users.partner_admin.userId);
    }
  }
});
afterAll(() => t.drop());

const partnerActor = (workspace: TestWorkspace): Actor => ({
  type: 'user',
  workspaceId: workspace.workspaceId,
  organisationId: workspace.partnerA.id,
  organisationKind: 'partner',
  userId: workspace.partnerA.users.partner_sales.userId,
  role: 'partner_sales',
  regions: null,
  sessionId: null,
  apiKeyId: null,
  scopes: null,
});

const vendorActor = (workspace: TestWorkspace, regions: string[] | null = null): Actor => ({
  type: 'user',
  workspaceId: workspace.workspaceId,
  organisationId: workspace.vendorOrganisationId,
  organisationKind: 'vendor',
  userId: workspace.vendor.admin.userId,
  role: regions ? 'regional_manager' : 'admin',
  regions,
  sessionId: null,
  apiKeyId: null,
  scopes: null,
});

/** Runs raw SQL as `actor` and rolls back, so probes never change the data. */
async function asActor<T>(actor: Actor | null, query: string): Promise<T[]> {
  let rows: T[] = [];
  await t.database.db
    .transaction(async (tx) => {
      if (actor) await applyActor(tx, actor);
      rows = (await tx.execute(sql.raw(query))).rows as T[];
      throw new RollbackProbe();
    })
    .catch((error) => {
      if (!(error instanceof RollbackProbe)) throw error;
    });
  return rows;
}
class RollbackProbe extends Error {}

async function tenantTables(): Promise<string[]> {
  const client = new pg.Client({ connectionString: t.ownerUrl });
  await client.connect();
  const result = await client.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
  );
  await client.end();
  return result.rows.map((row) => row.table_name);
}

describe('row-level security', () => {
  it('the application connects as a role that cannot bypass it', async () => {
    const [role] = await asActor<{ current_user: string; rolbypassrls: boolean; rolsuper: boolean }>(
      null,
      'SELECT current_user, rolbypassrls, rolsuper FROM pg_roles WHERE rolname = current_user',
    );
    expect(role).toEqual({ current_user: 'trellis_app', rolbypassrls: false, rolsuper: false });
  });

  it('is enabled on every table, and every table carries workspace_id', async () => {
    const client = new pg.Client({ connectionString: t.ownerUrl });
    await client.connect();
    const result = await client.query<{ relname: string; relrowsecurity: boolean }>(
      `SELECT c.relname, c.relrowsecurity FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind = 'r'`,
    );
    await client.end();
    expect(result.rows.length).toBeGreaterThanOrEqual(10);
    expect(result.rows.filter((row) => !row.relrowsecurity).map((row) => row.relname)).toEqual([]);
    for (const table of await tenantTables()) {
      const columns = await asActor<{ column_name: string }>(
        null,
        `SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = '${table}'`,
      );
      const names = columns.map((column) => column.column_name);
      // The workspaces table is the tenant itself; its id is the workspace id.
      expect(
        table === 'workspaces' ? names : names.filter((name) => name === 'workspace_id'),
        table,
      ).toContain(table === 'workspaces' ? 'id' : 'workspace_id');
    }
  });

  it('shows nothing at all when no actor is set', async () => {
    for (const table of await tenantTables()) {
      expect(await asActor(null, `SELECT * FROM ${table}`), table).toEqual([]);
    }
  });

  it("shows a partner user only its own organisation's rows in every table, with no WHERE clause", async () => {
    const actor = partnerActor(world);
    const ownOrganisation = world.partnerA.id;
    for (const table of await tenantTables()) {
      const rows = await asActor<Record<string, unknown>>(actor, `SELECT * FROM ${table}`);
      for (const row of rows) {
        expect(row.workspace_id ?? row.id, table).toBe(world.workspaceId);
        if (table === 'organisations') {
          expect(row.id === ownOrganisation || row.kind === 'vendor', `organisations: ${row.name}`).toBe(
            true,
          );
        } else if ('organisation_id' in row) {
          expect(row.organisation_id, table).toBe(ownOrganisation);
        }
      }
    }
    const users = await asActor<{ organisation_id: string }>(actor, 'SELECT organisation_id FROM users');
    expect(users.length).toBe(4);
    const invitations = await asActor(actor, 'SELECT * FROM invitations');
    expect(invitations.length).toBe(1);
  });

  it("refuses a partner's writes into another partner's rows", async () => {
    const actor = partnerActor(world);
    const insert = asActor(
      actor,
      `INSERT INTO users (id, workspace_id, organisation_id, email, name, role)
       VALUES ('${newId('user')}', '${world.workspaceId}', '${world.partnerB.id}', 'intruder@example.test', 'Intruder', 'partner_admin')`,
    );
    await expect(insert).rejects.toMatchObject({ cause: { code: '42501' } });
    const updated = await asActor(
      actor,
      `UPDATE users SET name = 'Hijacked' WHERE organisation_id = '${world.partnerB.id}' RETURNING id`,
    );
    expect(updated).toEqual([]);
    const deleted = await asActor(
      actor,
      `DELETE FROM api_keys WHERE organisation_id <> '${world.partnerA.id}' RETURNING id`,
    );
    expect(deleted).toEqual([]);
  });

  it("keeps each vendor's workspace invisible to the other's staff", async () => {
    const actor = vendorActor(world);
    for (const table of await tenantTables()) {
      const rows = await asActor<Record<string, unknown>>(actor, `SELECT * FROM ${table}`);
      expect(
        rows.filter((row) => (row.workspace_id ?? row.id) === other.workspaceId),
        table,
      ).toEqual([]);
    }
    const smuggled = asActor(
      actor,
      `INSERT INTO organisations (id, workspace_id, kind, name) VALUES ('${newId('organisation')}', '${other.workspaceId}', 'partner', 'Smuggled')`,
    );
    await expect(smuggled).rejects.toMatchObject({ cause: { code: '42501' } });
  });

  it('limits a regional manager to the partners of its regions', async () => {
    const rows = await asActor<{ id: string; kind: string; region: string | null }>(
      vendorActor(world, ['emea']),
      'SELECT id, kind, region FROM organisations',
    );
    expect(rows.map((row) => row.id).sort()).toEqual([world.vendorOrganisationId, world.partnerA.id].sort());
    const users = await asActor<{ organisation_id: string }>(
      vendorActor(world, ['emea']),
      'SELECT organisation_id FROM users',
    );
    expect(users.some((user) => user.organisation_id === world.partnerB.id)).toBe(false);
    expect(users.some((user) => user.organisation_id === world.partnerA.id)).toBe(true);
  });

  it('makes the audit trail append-only for the application', async () => {
    const actor = vendorActor(world);
    await expect(asActor(actor, `UPDATE audit_events SET action = 'forged'`)).rejects.toMatchObject({
      cause: { code: '42501' },
    });
    await expect(asActor(actor, 'DELETE FROM audit_events')).rejects.toMatchObject({
      cause: { code: '42501' },
    });
  });

  it("names a partner only its own partner manager, never another partner's", async () => {
    const managerOfB = world.vendor.channel_manager.userId;
    const client = new pg.Client({ connectionString: t.ownerUrl });
    await client.connect();
    await client.query('UPDATE organisations SET partner_manager_id = $1 WHERE id = $2', [
      managerOfB,
      world.partnerB.id,
    ]);
    await client.end();
    const lookup = `SELECT id FROM trellis_partner_managers(ARRAY['${managerOfB}'])`;
    expect(await asActor(partnerActor(world), lookup)).toEqual([]);
    expect(await asActor(vendorActor(world), lookup)).toEqual([{ id: managerOfB }]);
    expect(await asActor(vendorActor(other), lookup)).toEqual([]);
  });
});
