import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestWorkspace, type TestWorkspace } from '../../../test/factories.ts';
import { createTestApp, runTrellis, type TestApp } from '../../../test/harness.ts';
import { verifyAuditChain } from './verify-audit-chain.ts';

let t: TestApp;
let world: TestWorkspace;

beforeAll(async () => {
  t = await createTestApp();
  world = await createTestWorkspace(t.database.db);
});
afterAll(() => t.close());

async function withOwner<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: t.ownerUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The real command line, against this test's database. */
async function runAuditVerify(): Promise<{ code: number; output: string }> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'trellis-cli-'));
  try {
    return await runTrellis(['audit', 'verify'], { databaseUrl: t.ownerUrl, dataDir });
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

describe('audit trail', () => {
  it('records who changed what, with before and after, in the same transaction as the change', async () => {
    const manager = as(t.app, world.vendor.channel_manager);
    const changed = await manager.patch(`/api/v1/organisations/${world.partnerA.id}`, { country: 'AT' });
    expect(changed.statusCode).toBe(200);

    const trail = await as(t.app, world.vendor.admin).get(
      `/api/v1/audit-events?entityType=organisation&entityId=${world.partnerA.id}&action=organisation.updated`,
    );
    expect(trail.statusCode).toBe(200);
    const [event] = trail.json().data;
    expect(event).toMatchObject({
      actorType: 'user',
      actorId: world.vendor.channel_manager.userId,
      organisationId: world.partnerA.id,
      before: { country: null },
      after: { country: 'AT' },
      requestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    expect(event.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('writes nothing — no change, no audit row, no e-mail — when a write is refused', async () => {
    const count = () =>
      withOwner(async (client) => {
        const audit = await client.query('SELECT count(*)::int AS n FROM audit_events');
        const mail = await client.query('SELECT count(*)::int AS n FROM email_outbox');
        return { audit: audit.rows[0].n, mail: mail.rows[0].n };
      });
    const before = await count();
    const refused = await as(t.app, world.vendor.admin).post('/api/v1/invitations', {
      email: 'someone@example.test',
      role: 'partner_sales',
      organisationId: 'org_00000000000000000000000000',
    });
    expect(refused.statusCode).toBe(422);
    expect(await count()).toEqual(before);
  });

  it('never stores secrets in before/after', async () => {
    const created = await as(t.app, world.vendor.admin).post('/api/v1/api-keys', {
      name: 'Secret check',
      scopes: ['users:read'],
    });
    const rows = await withOwner((client) =>
      client.query('SELECT after::text AS after FROM audit_events WHERE entity_id = $1', [created.json().id]),
    );
    expect(rows.rows[0].after).not.toContain(created.json().secret);
    expect(rows.rows[0].after).not.toContain('keyHash');
  });

  it('keeps one gap-free chain when many changes arrive at once', async () => {
    const manager = as(t.app, world.vendor.channel_manager);
    const responses = await Promise.all(
      Array.from({ length: 25 }, (_, index) =>
        manager.post('/api/v1/organisations', { name: `Concurrent Partner ${index}`, region: 'emea' }),
      ),
    );
    expect(responses.map((response) => response.statusCode)).toEqual(Array(25).fill(201));
    const report = await withOwner((client) => verifyAuditChain(client));
    expect(report.breaks).toEqual([]);
    const sequences = await withOwner((client) =>
      client.query<{ sequence: number }>(
        'SELECT sequence FROM audit_events WHERE workspace_id = $1 ORDER BY sequence',
        [world.workspaceId],
      ),
    );
    expect(sequences.rows.map((row) => Number(row.sequence))).toEqual(
      sequences.rows.map((_, index) => index + 1),
    );
  });

  it('`trellis audit verify` passes on an untouched database and names the first event edited by SQL', async () => {
    const clean = await runAuditVerify();
    expect(clean.output).toMatch(/^OK: \d+ events/m);
    expect(clean.code).toBe(0);

    const victim = await withOwner(async (client) => {
      const row = await client.query<{ id: string; sequence: string }>(
        "SELECT id, sequence FROM audit_events WHERE workspace_id = $1 AND action = 'organisation.updated' LIMIT 1",
        [world.workspaceId],
      );
      await client.query(
        `UPDATE audit_events SET after = jsonb_set(after, '{country}', '"CH"') WHERE id = $1`,
        [row.rows[0]!.id],
      );
      return row.rows[0]!;
    });
    const tampered = await runAuditVerify();
    expect(tampered.output).toMatch(/^FAILED/m);
    expect(tampered.code).toBe(1);
    expect(tampered.output).toContain(`event #${victim.sequence} (${victim.id})`);
    expect(tampered.output).toContain('altered');
  }, 60_000);
});

describe('audit chain verification', () => {
  it('detects a deleted event and a deleted tail', async () => {
    const fresh = await createTestApp();
    try {
      const other = await createTestWorkspace(fresh.database.db, 'Initech');
      const client = new pg.Client({ connectionString: fresh.ownerUrl });
      await client.connect();
      try {
        expect((await verifyAuditChain(client)).breaks).toEqual([]);
        await client.query('DELETE FROM audit_events WHERE workspace_id = $1 AND sequence = 3', [
          other.workspaceId,
        ]);
        const gap = await verifyAuditChain(client);
        expect(gap.breaks).toEqual([
          expect.objectContaining({
            workspaceId: other.workspaceId,
            sequence: 4,
            reason: expect.stringMatching(/event 3 is missing/),
          }),
        ]);

        await client.query(
          'DELETE FROM audit_events WHERE workspace_id = $1 AND sequence = (SELECT max(sequence) FROM audit_events WHERE workspace_id = $1)',
          [other.workspaceId],
        );
        // Repair the gap so only the missing tail is left to find.
        await client.query(
          'UPDATE audit_chain_heads SET last_sequence = last_sequence WHERE workspace_id = $1',
          [other.workspaceId],
        );
        const tail = await verifyAuditChain(client);
        expect(tail.breaks[0]?.reason).toMatch(/missing|deleted/);
      } finally {
        await client.end();
      }
    } finally {
      await fresh.close();
    }
  });

  it('detects a deleted tail even when everything before it is intact', async () => {
    const fresh = await createTestApp();
    try {
      const other = await createTestWorkspace(fresh.database.db, 'Umbrella');
      const client = new pg.Client({ connectionString: fresh.ownerUrl });
      await client.connect();
      try {
        await client.query(
          'DELETE FROM audit_events WHERE workspace_id = $1 AND sequence = (SELECT max(sequence) FROM audit_events WHERE workspace_id = $1)',
          [other.workspaceId],
        );
        const report = await verifyAuditChain(client);
        expect(report.breaks).toEqual([
          expect.objectContaining({
            workspaceId: other.workspaceId,
            reason: expect.stringMatching(/events were deleted/),
          }),
        ]);
      } finally {
        await client.end();
      }
    } finally {
      await fresh.close();
    }
  });
});
