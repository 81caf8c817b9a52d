import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Config } from '../../config.ts';
import { recordChange } from '../../platform/audit.ts';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { assertVersion } from '../../platform/http/concurrency.ts';
import { findOwnAutomationRule } from './get-automation-rule.ts';
import { parseActions } from './parse-actions.ts';
import { assertKnownEventType, assertValidCondition } from './rule-definition.ts';
import { presentAutomationRule, type updateAutomationRuleInput } from './schemas.ts';
import { automationRules } from './tables.ts';

/**
 * Changes a rule. Actions already scheduled keep what they were scheduled with (their run carries
 * the action); switching the rule off skips those still waiting.
 */
export async function updateAutomationRule({
  ctx,
  id,
  input,
  expectedVersion,
  config,
  now,
}: {
  ctx: Ctx;
  id: string;
  input: z.infer<typeof updateAutomationRuleInput>;
  expectedVersion: number | undefined;
  config: Config;
  now: Date;
}) {
  const actor = assertActorCan(ctx, 'automation:manage');
  if (input.eventType !== undefined) assertKnownEventType(input.eventType);
  if (input.condition !== undefined) assertValidCondition(input.condition);
  return withTransaction(ctx, async (tx) => {
    const current = await findOwnAutomationRule(tx, actor, id, { forUpdate: true });
    assertVersion('automation rule', current.version, expectedVersion);
    const eventType = input.eventType ?? current.eventType;
    // A new event type can make stored actions invalid (a recheck needs an entity it can load).
    const actions =
      input.actions !== undefined || input.eventType !== undefined
        ? await parseActions({
            tx,
            ctx,
            config,
            actions: input.actions ?? (current.actions as unknown[]),
            eventType,
          })
        : undefined;
    const [row] = await tx
      .update(automationRules)
      .set({
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.description !== undefined ? { description: input.description || null } : {}),
        ...(input.condition !== undefined ? { condition: input.condition } : {}),
        ...(input.isEnabled !== undefined ? { isEnabled: input.isEnabled } : {}),
        ...(actions !== undefined ? { actions } : {}),
        eventType,
        version: current.version + 1,
        updatedAt: now,
      })
      .where(and(eq(automationRules.workspaceId, actor.workspaceId), eq(automationRules.id, id)))
      .returning();
    const after = presentAutomationRule(row!);
    await recordChange(tx, ctx, {
      action: 'automation_rule.updated',
      entityType: 'automation_rule',
      entityId: id,
      organisationId: current.organisationId,
      before: presentAutomationRule(current),
      after,
    });
    return after;
  });
}
