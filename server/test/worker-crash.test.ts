import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertPartnerOrganisation } from '../src/modules/organisations/create-partner-organisation.ts';
import { type Ctx, withTransaction } from '../src/platform/context.ts';
import { createTestWorkspace, type TestWorkspace } from './factories.ts';
import { createTestDatabase, ownerQuery, TEST_SECRET, type TestDatabase } from './harness.ts';

const SERVER_DIR = path.resolve(import.meta.dirname, '..');
const BURST = 1000;

let t: TestDatabase;
let world: TestWorkspace;
let dataDir: string;

beforeAll(async () => {
  t = await createTestDatabase();
  dataDir = await mkdtemp(path.join(tmpdir(), 'trellis-worker-'));
  world = await createTestWorkspace(t.database.db);
});
afterAll(async () => {
  await t.drop();
  await rm(dataDir, { recursive: true, force: true });
});

/** A real `trellis worker` process on this test's database. */
function startWorker(): ChildProcess {
  return spawn('node', ['bin/trellis.js', 'worker'], {
    cwd: SERVER_DIR,
    env: { ...process.env, DATABASE_URL: t.ownerUrl, TRELLIS_DATA_DIR: dataDir, TRELLIS_SECRET: TEST_SECRET },
    stdio: 'ignore',
  });
}

async function counts() {
  const [row] = await ownerQuery<{
    total: number;
    dispatched: number;
    pending: number;
    notices: number;
    distinct_notices: number;
  }>(
    t.ownerUrl,
    `SELECT
       (SELECT count(*)::int FROM domain_events WHERE type = 'organisation.created') AS total,
       (SELECT count(*)::int FROM domain_events WHERE type = 'organisation.created' AND dispatched_at IS NOT NULL) AS dispatched,
       (SELECT count(*)::int FROM domain_events WHERE dispatched_at IS NULL) AS pending,
       (SELECT count(*)::int FROM notifications WHERE user_id = $1 AND type = 'organisation.created') AS notices,
       (SELECT count(DISTINCT event_id)::int FROM notifications WHERE user_id = $1 AND type = 'organisation.created') AS distinct_notices`,
    [world.vendor.admin.userId],
  );
  return row!;
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) =>
    child.exitCode !== null ? resolve() : child.once('exit', () => resolve()),
  );
}

describe('worker crash safety', () => {
  it(`loses no event and doubles none when a worker is SIGKILLed during a burst of ${BURST}`, async () => {
    const before = await counts();
    const ctx: Ctx = {
      db: t.database.db,
      actor: { type: 'system', workspaceId: world.workspaceId, reason: 'burst' },
    };
    for (let batch = 0; batch < BURST / 100; batch++) {
      await withTransaction(ctx, async (tx) => {
        for (let index = 0; index < 100; index++) {
          await insertPartnerOrganisation(tx, ctx, { name: `Burst ${batch}-${index}`, region: 'emea' });
        }
      });
    }
    const loaded = await counts();
    expect(loaded.total - before.total).toBe(BURST);

    const first = startWorker();
    // Kill it once it has committed some batches but not all: mid-burst, mid-batch.
    await expect
      .poll(async () => (await counts()).dispatched, { timeout: 60_000, interval: 20 })
      .toBeGreaterThan(before.dispatched);
    first.kill('SIGKILL');
    await exited(first);
    const atKill = await counts();
    expect(atKill.pending).toBeGreaterThan(0);

    const second = startWorker();
    try {
      await expect.poll(async () => (await counts()).pending, { timeout: 90_000, interval: 200 }).toBe(0);
    } finally {
      second.kill('SIGTERM');
      await exited(second);
    }
    const after = await counts();
    expect(after.dispatched).toBe(loaded.total);
    // Every event reached the admin exactly once: none lost with the killed worker, none twice.
    expect(after.notices).toBe(after.distinct_notices);
    expect(after.notices).toBe(after.dispatched);
  }, 180_000);
});
