import type { z } from 'zod';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { DomainError } from '../../platform/errors.ts';
import { automationActionFor } from './actions/index.ts';
import { conditionHolds } from './condition.ts';
import type { ConditionData } from './condition-data.ts';
import { findOwnAutomationRule } from './get-automation-rule.ts';
import { type StoredAction, splitAction } from './parse-actions.ts';
import type { testAutomationRuleInput } from './schemas.ts';

/**
 * A dry run: evaluates the rule's condition against a sample event and says which actions would
 * run and what they would do. Reads the rule, writes nothing, sends nothing.
 */
export async function testAutomationRule({
  ctx,
  id,
  input,
  now,
}: {
  ctx: Ctx;
  id: string;
  input: z.infer<typeof testAutomationRuleInput>;
  now: Date;
}) {
  const actor = assertActorCan(ctx, 'automation:manage');
  const rule = await withTransaction(ctx, (tx) => findOwnAutomationRule(tx, actor, id));
  const sample = input.event ?? {};
  const data: ConditionData = {
    event: {
      id: sample.id ?? 'evt_sample',
      type: sample.type ?? rule.eventType,
      entityType: sample.entityType ?? '',
      entityId: sample.entityId ?? '',
      organisationId: sample.organisationId ?? null,
      actor: sample.actor ?? { type: 'user', id: actor.userId },
      occurredAt: sample.occurredAt ?? now.toISOString(),
    },
    before: input.before ?? null,
    after: input.after ?? null,
  };
  const matches = evaluate(rule.condition, data);
  const actions = matches
    ? (rule.actions as StoredAction[]).map((stored, index) => {
        const { type, delaySeconds, recheckCondition, parameters } = splitAction(stored);
        const action = automationActionFor(type);
        const parsed = action?.parameters.safeParse(parameters);
        const preview =
          action && parsed?.success ? action.preview(parsed.data, data) : `Unknown action type ${type}`;
        return { index, type, delaySeconds, recheckCondition, preview };
      })
    : [];
  return { matches, actions };
}

// The sample is the caller's: a condition that fails on it is their input's problem, not ours.
function evaluate(condition: unknown, data: ConditionData): boolean {
  try {
    return conditionHolds(condition, data);
  } catch (error) {
    const message = `the condition cannot be evaluated on this sample: ${error instanceof Error ? error.message : String(error)}`;
    throw new DomainError('validation', 'condition_failed', message, [{ field: 'body', message }]);
  }
}
