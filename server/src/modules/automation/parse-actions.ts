import { z } from 'zod';
import type { Config } from '../../config.ts';
import type { Ctx } from '../../platform/context.ts';
import type { Transaction } from '../../platform/db/connection.ts';
import { DomainError, type FieldProblem } from '../../platform/errors.ts';
import { eventTypeInfo } from '../events/event-types.ts';
import { AUTOMATION_ACTIONS, automationActionFor } from './actions/index.ts';
import { canRecheck, RECHECKABLE_ENTITY_TYPES } from './entity-loaders.ts';

export const MAX_DELAY_SECONDS = 90 * 86_400;
export const MAX_ACTIONS = 10;

/** What every action carries besides its own parameters. */
export const actionTimingSchema = z
  .object({
    delaySeconds: z
      .number()
      .int()
      .min(0)
      .max(MAX_DELAY_SECONDS)
      .default(0)
      .describe('Wait this long (up to 90 days)'),
    recheckCondition: z
      .boolean()
      .default(false)
      .describe("After the wait, run only if the rule's condition still holds for the entity as it is then"),
  })
  .strict();

/** An action as stored in a rule: its type, timing and parameters side by side. */
export type StoredAction = { type: string; delaySeconds: number; recheckCondition: boolean } & Record<
  string,
  unknown
>;

/** Splits a stored action into its timing and the parameters its type's schema parses. */
export function splitAction({ type, delaySeconds, recheckCondition, ...parameters }: StoredAction) {
  return { type, delaySeconds, recheckCondition, parameters };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function problemsOf(error: z.ZodError, base: string): FieldProblem[] {
  return error.issues.flatMap((issue) => {
    const field = [base, ...issue.path.map(String)].join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        field: `${field}.${key}`,
        message: 'is not a parameter of this action',
      }));
    }
    return [{ field, message: issue.message }];
  });
}

/**
 * Validates a rule's actions against the action registry, naming each problem's field
 * (`body.actions.0.type`), then runs each action's own database checks. Returns them normalised.
 */
export async function parseActions({
  tx,
  ctx,
  config,
  actions,
  eventType,
}: {
  tx: Transaction;
  ctx: Ctx;
  config: Config;
  actions: unknown[];
  eventType: string;
}): Promise<StoredAction[]> {
  const problems: FieldProblem[] = [];
  const parsed: { stored: StoredAction; field: string }[] = [];
  actions.forEach((raw, index) => {
    const field = `body.actions.${index}`;
    const action = isObject(raw) ? automationActionFor(String(raw.type)) : undefined;
    if (!isObject(raw) || typeof raw.type !== 'string' || !action) {
      const known = AUTOMATION_ACTIONS.map((candidate) => candidate.type).join(', ');
      problems.push({ field: `${field}.type`, message: `must be one of: ${known}` });
      return;
    }
    const { type: _type, delaySeconds, recheckCondition, ...rest } = raw;
    const timing = actionTimingSchema.safeParse({ delaySeconds, recheckCondition });
    const parameters = action.parameters.safeParse(rest);
    if (!timing.success) problems.push(...problemsOf(timing.error, field));
    if (!parameters.success) problems.push(...problemsOf(parameters.error, field));
    if (!timing.success || !parameters.success) return;
    const entityType = eventTypeInfo(eventType)?.entityType;
    if (timing.data.recheckCondition && !(entityType && canRecheck(entityType))) {
      problems.push({
        field: `${field}.recheckCondition`,
        message: `needs an event about ${RECHECKABLE_ENTITY_TYPES.join(', ')}; ${eventType} is about ${entityType ?? 'something else'}`,
      });
      return;
    }
    parsed.push({ stored: { type: action.type, ...timing.data, ...(parameters.data as object) }, field });
  });
  if (problems.length > 0) throw invalidActions(problems);
  for (const { stored, field } of parsed) {
    const { type, parameters } = splitAction(stored);
    const action = automationActionFor(type)!;
    await action.validate?.({ tx, ctx, params: action.parameters.parse(parameters), field, config });
  }
  return parsed.map(({ stored }) => stored);
}

function invalidActions(problems: FieldProblem[]): DomainError {
  return new DomainError(
    'validation',
    'invalid_actions',
    problems.map((problem) => `${problem.field}: ${problem.message}`).join('; '),
    problems,
  );
}
