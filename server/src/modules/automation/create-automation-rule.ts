import type { z } from 'zod';
import type { Config } from '../../config.ts';
import { recordChange } from '../../platform/audit.ts';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { newId } from '../../platform/ids.ts';
import { parseActions } from './parse-actions.ts';
import { assertKnownEventType, assertValidCondition } from './rule-definition.ts';
import { type createAutomationRuleInput, presentAutomationRule } from './schemas.ts';
import { automationRules } from './tables.ts';

/** A rule of the caller's (vendor) organisation; it reacts to events from the next one on. */
export async function createAutomationRule({
  ctx,
  input,
  config,
  now,
}: {
  ctx: Ctx;
  input: z.infer<typeof createAutomationRuleInput>;
  config: Config;
  now: Date;
}) {
  const actor = assertActorCan(ctx, 'automation:manage');
  const condition = input.condition ?? null;
  assertKnownEventType(input.eventType);
  assertValidCondition(condition);
  return withTransaction(ctx, async (tx) => {
    const actions = await parseActions({
      tx,
      ctx,
      config,
      actions: input.actions,
      eventType: input.eventType,
    });
    const [row] = await tx
      .insert(automationRules)
      .values({
        id: newId('automationRule'),
        workspaceId: actor.workspaceId,
        organisationId: actor.organisationId,
        name: input.name,
        description: input.description || null,
        eventType: input.eventType,
        condition,
        actions,
        isEnabled: input.isEnabled,
        createdBy: actor.userId,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    const created = presentAutomationRule(row!);
    await recordChange(tx, ctx, {
      action: 'automation_rule.created',
      entityType: 'automation_rule',
      entityId: created.id,
      organisationId: actor.organisationId,
      after: created,
    });
    return created;
  });
}
