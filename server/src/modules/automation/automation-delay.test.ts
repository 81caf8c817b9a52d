import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestWorkspace, type TestWorkspace } from '../../../test/factories.ts';
import { createTestApp, ownerQuery, type TestApp } from '../../../test/harness.ts';
import type { JobRunner } from '../../platform/jobs/job-runner.ts';
import { dispatchedEventOf, runsOf, startAutomationRunner, waitFor } from './automation-test-support.ts';

let t: TestApp;
let world: TestWorkspace;
let runner: JobRunner;

beforeAll(async () => {
  t = await createTestApp();
  world = await createTestWorkspace(t.database.db);
  runner = await startAutomationRunner(t);
}, 60_000);
afterAll(async () => {
  await runner?.stop();
  await t.close();
});
// Each test's rule would otherwise also react to the next test's moves.
afterEach(() => ownerQuery(t.ownerUrl, 'DELETE FROM automation_rules'));

const DELAY_SECONDS = 2;
const moveTo = (organisationId: string, country: string) =>
  as(t.app, world.vendor.channel_manager).patch(`/api/v1/organisations/${organisationId}`, { country });
const noticesOf = (eventId: string) =>
  ownerQuery<{ title: string }>(t.ownerUrl, 'SELECT title FROM notifications WHERE event_id = $1', [eventId]);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** "2 seconds after a partner moves to France, if it is still there, tell the admin." */
async function createDelayedRule() {
  const response = await as(t.app, world.vendor.admin).post('/api/v1/automation-rules', {
    name: 'Still in France',
    eventType: 'organisation.updated',
    condition: { '==': [{ var: 'after.country' }, 'FR'] },
    actions: [
      {
        type: 'notify',
        userId: world.vendor.admin.userId,
        title: '{{after.name}} is still in {{after.country}}',
        body: 'Time to check in.',
        delaySeconds: DELAY_SECONDS,
        recheckCondition: true,
      },
    ],
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string };
}

describe('a rule with a condition and a delayed action', () => {
  it('fires exactly once when the condition still holds, despite a second dispatch and a restart', async () => {
    const rule = await createDelayedRule();
    const startedAt = Date.now();
    await moveTo(world.partnerA.id, 'FR');
    const eventId = await dispatchedEventOf(t, world.partnerA.id);
    expect((await runsOf(t, rule.id)).map((run) => run.status)).toEqual(['scheduled']);

    // The same event handed out again (a dispatcher crashing after its subscribers ran).
    await ownerQuery(t.ownerUrl, 'UPDATE domain_events SET dispatched_at = NULL WHERE id = $1', [eventId]);
    expect(await dispatchedEventOf(t, world.partnerA.id)).toBe(eventId);
    // And the workers restarting while the action waits: the job outlives them in PostgreSQL.
    await runner.stop();
    runner = await startAutomationRunner(t);

    await waitFor(async () => (await runsOf(t, rule.id)).map((run) => run.status)).toEqual(['succeeded']);
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(DELAY_SECONDS * 1000);
    await sleep(1500);
    expect(await runsOf(t, rule.id)).toHaveLength(1);
    expect(await noticesOf(eventId)).toEqual([{ title: `${world.partnerA.name} is still in FR` }]);
  });

  it('skips the action, logged with the reason, when the entity changed in the meantime', async () => {
    const rule = await createDelayedRule();
    await moveTo(world.partnerB.id, 'FR');
    const eventId = await dispatchedEventOf(t, world.partnerB.id);
    await moveTo(world.partnerB.id, 'BE');

    await waitFor(async () => (await runsOf(t, rule.id)).map((run) => run.status)).toEqual(['skipped']);
    const [run] = await runsOf(t, rule.id);
    expect(run).toMatchObject({
      event_id: eventId,
      message: 'The condition no longer holds for the organisation as it is now.',
    });
    expect(await noticesOf(eventId)).toEqual([]);
  });

  it('skips actions still waiting when the rule is switched off', async () => {
    const rule = await createDelayedRule();
    await moveTo(world.partnerA.id, 'DE');
    await moveTo(world.partnerA.id, 'FR');
    const eventId = await dispatchedEventOf(t, world.partnerA.id);
    await waitFor(async () => (await runsOf(t, rule.id)).map((run) => run.event_id)).toEqual([eventId]);
    const off = await as(t.app, world.vendor.admin).patch(`/api/v1/automation-rules/${rule.id}`, {
      isEnabled: false,
    });
    expect(off.statusCode).toBe(200);

    await waitFor(async () => (await runsOf(t, rule.id)).map((run) => run.status)).toEqual(['skipped']);
    expect((await runsOf(t, rule.id))[0]!.message).toBe('The rule was switched off before this action ran.');
    expect(await noticesOf(eventId)).toEqual([]);
  });
});
