import type { z } from 'zod';
import type { Config } from '../../../config.ts';
import type { Ctx } from '../../../platform/context.ts';
import type { Transaction } from '../../../platform/db/connection.ts';
import type { JobDeps } from '../../../platform/jobs/define-job.ts';
import type { DomainEvent } from '../../events/event-subscriber.ts';
import type { ConditionData } from '../condition-data.ts';

/** What every action run gets. `ctx` is the rule's system actor: its changes name the rule. */
export type ActionRunArgs<Params> = {
  params: Params;
  data: ConditionData;
  event: DomainEvent;
  rule: { id: string; name: string };
  runId: string;
  ctx: Ctx;
  deps: JobDeps;
  now: Date;
};

/** Database checks when a rule is saved (does that user exist?); `field` is the action's path. */
export type ActionValidateArgs<Params> = {
  tx: Transaction;
  ctx: Ctx;
  params: Params;
  field: string;
  config: Config;
};

type ActionBase<Params> = {
  type: string;
  description: string;
  /** A strict zod object: unknown keys are refused, and it becomes the catalogue's JSON schema. */
  parameters: z.ZodType<Params>;
  validate?: (args: ActionValidateArgs<Params>) => Promise<void>;
  /** One line for the dry run: what this action would do with that data. */
  preview: (params: Params, data: ConditionData) => string;
};

/**
 * An action type. `transaction` actions write in the run's own transaction, so their effect and
 * the run's outcome commit together: exactly once. `background` actions talk to other systems, so
 * they run outside any transaction (a slow receiver must not hold a connection) and are at least
 * once: a crash between the call and recording its outcome repeats the call. Both return a short
 * message for the run log, or throw to fail the run with the error's message (`ActionSkipped`
 * to skip it).
 */
export type AutomationAction<Params = unknown> = ActionBase<Params> &
  (
    | { runsIn: 'transaction'; run: (args: ActionRunArgs<Params> & { tx: Transaction }) => Promise<string> }
    | { runsIn: 'background'; run: (args: ActionRunArgs<Params>) => Promise<string> }
  );

/**
 * Type-checks an action against its own parameters, then erases them so actions of different
 * parameters sit in one registry. Safe because the runner only ever passes `params` that this
 * action's own `parameters` schema produced.
 */
export function defineAutomationAction<Params>(action: AutomationAction<Params>): AutomationAction {
  return action as unknown as AutomationAction;
}

/** Thrown by an action to log its run as `skipped` (nothing to do) rather than `failed`. */
export class ActionSkipped extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ActionSkipped';
  }
}
