import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { type Ctx, withTransaction } from '../../platform/context.ts';
import type { Transaction } from '../../platform/db/connection.ts';
import { defineJob, type JobDeps } from '../../platform/jobs/define-job.ts';
import { domainEvents } from '../events/tables.ts';
import { ActionSkipped, automationActionFor } from './actions/index.ts';
import { conditionHolds } from './condition.ts';
import { conditionDataOf } from './condition-data.ts';
import { loadCurrentEntity } from './entity-loaders.ts';
import { type StoredAction, splitAction } from './parse-actions.ts';
import { automationRuleRuns, automationRules } from './tables.ts';

export const RUN_ACTION_JOB = 'automation.run-action';

const payload = z.object({
  workspaceId: z.string(),
  runId: z.string(),
  ruleId: z.string(),
  action: z.looseObject({ type: z.string(), delaySeconds: z.number(), recheckCondition: z.boolean() }),
  condition: z.unknown(),
});
type Payload = z.infer<typeof payload>;
type Outcome = { status: 'succeeded' | 'skipped' | 'failed'; message: string };

/** The run log shows messages to people; a database error's full text is not for them. */
const MAX_MESSAGE = 500;

/**
 * Runs one scheduled action of one rule for one event. Retries cover our own failures (the
 * database going away); an action that fails is logged as failed, not retried.
 */
export const runAutomationActionJob = defineJob({
  name: RUN_ACTION_JOB,
  payload,
  retryLimit: 2,
  retryDelaySeconds: 30,
  onExhausted: (data, deps) =>
    finish(deps, data, { status: 'failed', message: 'The action could not be run; gave up after retries.' }),
  handler: (data, deps) => runAction(data, deps),
});

const ruleCtx = (deps: JobDeps, { workspaceId, ruleId }: Payload): Ctx => ({
  db: deps.db,
  actor: { type: 'system', workspaceId, reason: 'automation rule', automationRuleId: ruleId },
});

async function runAction(data: Payload, deps: JobDeps): Promise<void> {
  const ctx = ruleCtx(deps, data);
  // Database actions run and settle in this one transaction: exactly once. Background actions
  // come back out, to call the other system with no transaction open.
  const background = await withTransaction(ctx, async (tx) => {
    const run = await lockScheduledRun(tx, data);
    if (!run) return null;
    const settle = (outcome: Outcome) => settleRun(tx, data, outcome, deps.clock());
    const prepared = await prepare(tx, data, run.eventId, deps);
    if ('status' in prepared) {
      await settle(prepared);
      return null;
    }
    const { action, args } = prepared;
    if (action.runsIn === 'transaction') {
      // A savepoint, so a failed action's partial writes go while its failure is recorded.
      await settle(
        await attempt(() => tx.transaction((savepoint) => action.run({ ...args, tx: savepoint }))),
      );
      return null;
    }
    return () => action.run(args);
  });
  if (!background) return;
  await finish(deps, data, await attempt(background));
}

/** Everything an action needs, or the outcome that makes running it pointless. */
async function prepare(tx: Transaction, data: Payload, eventId: string, deps: JobDeps) {
  const { type, recheckCondition, parameters } = splitAction(data.action as StoredAction);
  const [rule] = await tx
    .select({ id: automationRules.id, name: automationRules.name, isEnabled: automationRules.isEnabled })
    .from(automationRules)
    .where(and(eq(automationRules.workspaceId, data.workspaceId), eq(automationRules.id, data.ruleId)));
  if (!rule?.isEnabled) return skipped('The rule was switched off before this action ran.');
  const [event] = await tx
    .select()
    .from(domainEvents)
    .where(and(eq(domainEvents.workspaceId, data.workspaceId), eq(domainEvents.id, eventId)));
  if (!event) return failed('The event that triggered this run no longer exists.');
  const action = automationActionFor(type);
  if (!action) return failed(`There is no action type ${type} any more.`);
  const params = action.parameters.safeParse(parameters);
  if (!params.success) return failed(`The action's parameters are no longer valid: ${params.error.message}`);
  let conditionData = conditionDataOf(event);
  if (recheckCondition) {
    const { entityType, entityId: id } = event;
    const current = await loadCurrentEntity(tx, { entityType, workspaceId: data.workspaceId, id });
    if (current === null) return skipped(`The ${entityType} no longer exists.`);
    conditionData = { ...conditionData, after: current };
    let holds: boolean;
    try {
      holds = conditionHolds(data.condition, conditionData);
    } catch (error) {
      return failed(`The condition could not be evaluated: ${messageOf(error)}`);
    }
    if (!holds) return skipped(`The condition no longer holds for the ${entityType} as it is now.`);
  }
  const ctx = ruleCtx(deps, data);
  const args = {
    params: params.data,
    data: conditionData,
    event,
    rule: { id: rule.id, name: rule.name },
    runId: data.runId,
    ctx,
    deps,
    now: deps.clock(),
  };
  return { action, args };
}

const skipped = (message: string): Outcome => ({ status: 'skipped', message });
const failed = (message: string): Outcome => ({ status: 'failed', message });

async function attempt(run: () => Promise<string>): Promise<Outcome> {
  try {
    return { status: 'succeeded', message: await run() };
  } catch (error) {
    return { status: error instanceof ActionSkipped ? 'skipped' : 'failed', message: messageOf(error) };
  }
}

function messageOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE - 1)}…` : message;
}

/** The run, locked, if it still waits: a repeated or late job finds it settled (or deleted) and stops. */
async function lockScheduledRun(tx: Transaction, { workspaceId, runId }: Payload) {
  const [run] = await tx
    .select()
    .from(automationRuleRuns)
    .where(and(eq(automationRuleRuns.workspaceId, workspaceId), eq(automationRuleRuns.id, runId)))
    .for('update');
  return run?.status === 'scheduled' ? run : null;
}

async function settleRun(tx: Transaction, { workspaceId, runId }: Payload, outcome: Outcome, now: Date) {
  await tx
    .update(automationRuleRuns)
    .set({ status: outcome.status, message: outcome.message, executedAt: now })
    .where(and(eq(automationRuleRuns.workspaceId, workspaceId), eq(automationRuleRuns.id, runId)));
}

async function finish(deps: JobDeps, data: Payload, outcome: Outcome): Promise<void> {
  await withTransaction(ruleCtx(deps, data), async (tx) => {
    if (await lockScheduledRun(tx, data)) await settleRun(tx, data, outcome, deps.clock());
  });
}
