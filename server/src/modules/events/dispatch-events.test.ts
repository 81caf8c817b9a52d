import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { as, createTestWorkspace, type TestWorkspace } from '../../../test/factories.ts';
import { createTestApp, ownerQuery, TEST_SECRET, type TestApp } from '../../../test/harness.ts';
import { defineJob } from '../../platform/jobs/define-job.ts';
import type { JobQueue } from '../../platform/jobs/job-queue.ts';
import { startJobRunner } from '../../platform/jobs/job-runner.ts';
import { dispatchPendingEvents } from './dispatch-events.ts';
import type { DomainEvent, EventSubscriber } from './event-subscriber.ts';

let t: TestApp;
let world: TestWorkspace;

beforeAll(async () => {
  t = await createTestApp();
  world = await createTestWorkspace(t.database.db);
});
afterAll(() => t.close());

const silent = () => undefined;
const noJobs: JobQueue = {
  send: async () => {
    throw new Error('no jobs in this test');
  },
};

function recorder(name = 'recorder') {
  const seen: DomainEvent[] = [];
  const subscriber: EventSubscriber = { name, handle: async ({ event }) => void seen.push(event) };
  return { seen, subscriber };
}

async function drain(subscribers: EventSubscriber[], jobs: JobQueue = noJobs) {
  let total = 0;
  for (;;) {
    const dispatched = await dispatchPendingEvents({
      db: t.database.db,
      config: t.config,
      subscribers,
      jobs,
      clock: () => new Date(),
      log: silent,
    });
    total += dispatched;
    if (dispatched === 0) return total;
  }
}

describe('domain events', () => {
  it('writes one event per committed change, none for a refused one', async () => {
    await drain([]);
    const manager = as(t.app, world.vendor.channel_manager);
    const created = await manager.post('/api/v1/organisations', { name: 'Evented Partner', region: 'emea' });
    expect(created.statusCode).toBe(201);
    const rows = await ownerQuery<{
      type: string;
      entity_id: string;
      organisation_id: string;
      data: { after: { name: string } };
    }>(
      t.ownerUrl,
      'SELECT type, entity_id, organisation_id, data FROM domain_events WHERE dispatched_at IS NULL ORDER BY id',
    );
    expect(rows.map((row) => row.type)).toEqual(['organisation.created']);
    expect(rows[0]).toMatchObject({ entity_id: created.json().id, organisation_id: created.json().id });
    expect(rows[0]!.data.after.name).toBe('Evented Partner');

    const forbidden = await as(t.app, world.partnerA.users.partner_sales).post('/api/v1/organisations', {
      name: 'No',
    });
    expect(forbidden.statusCode).toBe(403);
    const [{ n }] = (await ownerQuery<{ n: number }>(
      t.ownerUrl,
      'SELECT count(*)::int AS n FROM domain_events WHERE dispatched_at IS NULL',
    )) as [{ n: number }];
    expect(n).toBe(1);
  });

  it('hands every event to every subscriber exactly once, even with dispatchers racing', async () => {
    await drain([]);
    const manager = as(t.app, world.vendor.channel_manager);
    await Promise.all(
      Array.from({ length: 60 }, (_, index) =>
        manager.post('/api/v1/organisations', { name: `Race ${index}` }),
      ),
    );
    const one = recorder('one');
    const two = recorder('two');
    const [first, second, third] = await Promise.all([
      drain([one.subscriber]),
      drain([two.subscriber]),
      drain([one.subscriber]),
    ]);
    expect(first! + second! + third!).toBe(60);
    const ids = [...one.seen, ...two.seen].map((event) => event.id);
    expect(new Set(ids).size).toBe(60);
    expect(ids).toHaveLength(60);
  });

  it('keeps going when one subscriber fails', async () => {
    await drain([]);
    await as(t.app, world.vendor.admin).patch('/api/v1/me', { locale: 'fr' });
    const healthy = recorder();
    const broken: EventSubscriber = {
      name: 'broken',
      handle: async () => {
        throw new Error('boom');
      },
    };
    expect(await drain([broken, healthy.subscriber])).toBe(1);
    expect(healthy.seen.map((event) => event.type)).toEqual(['user.profile_updated']);
  });
});

describe('job runner', () => {
  it('runs jobs that subscribers enqueue in the dispatch transaction, retrying failures', async () => {
    await drain([]);
    const handled: string[] = [];
    let failuresLeft = 1;
    const echo = defineJob({
      name: 'test.echo',
      payload: z.object({ eventId: z.string() }),
      retryLimit: 3,
      retryDelaySeconds: 1,
      handler: async ({ eventId }) => {
        if (failuresLeft-- > 0) throw new Error('first attempt fails');
        handled.push(eventId);
      },
    });
    const enqueue: EventSubscriber = {
      name: 'enqueue',
      handle: ({ tx, event, jobs }) => jobs.send(tx, echo, { eventId: event.id }),
    };
    const runner = await startJobRunner({
      ownerUrl: t.ownerUrl,
      db: t.database.db,
      config: t.config,
      secret: TEST_SECRET,
      clock: () => new Date(),
      jobs: [echo],
      log: silent,
      idlePollMs: 200,
      dispatch: (queue) =>
        dispatchPendingEvents({
          db: t.database.db,
          config: t.config,
          subscribers: [enqueue],
          jobs: queue,
          clock: () => new Date(),
          log: silent,
        }),
    });
    try {
      const created = await as(t.app, world.vendor.admin).post('/api/v1/organisations', {
        name: 'Job Partner',
      });
      const [event] = await ownerQuery<{ id: string }>(
        t.ownerUrl,
        'SELECT id FROM domain_events WHERE entity_id = $1',
        [created.json().id],
      );
      await expect.poll(() => handled, { timeout: 15_000, interval: 100 }).toEqual([event!.id]);
    } finally {
      await runner.stop();
    }
  }, 30_000);
});
