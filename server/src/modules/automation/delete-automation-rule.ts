import { and, eq } from 'drizzle-orm';
import { recordChange } from '../../platform/audit.ts';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { assertVersion } from '../../platform/http/concurrency.ts';
import { findOwnAutomationRule } from './get-automation-rule.ts';
import { presentAutomationRule } from './schemas.ts';
import { automationRules } from './tables.ts';

/**
 * Removes the rule with its run log (the foreign key cascades); its actions still waiting find no
 * run and end. The audit trail keeps the rule as it was.
 */
export async function deleteAutomationRule({
  ctx,
  id,
  expectedVersion,
}: {
  ctx: Ctx;
  id: string;
  expectedVersion: number | undefined;
}) {
  const actor = assertActorCan(ctx, 'automation:manage');
  await withTransaction(ctx, async (tx) => {
    const current = await findOwnAutomationRule(tx, actor, id, { forUpdate: true });
    assertVersion('automation rule', current.version, expectedVersion);
    await tx
      .delete(automationRules)
      .where(and(eq(automationRules.workspaceId, actor.workspaceId), eq(automationRules.id, id)));
    await recordChange(tx, ctx, {
      action: 'automation_rule.deleted',
      entityType: 'automation_rule',
      entityId: id,
      organisationId: current.organisationId,
      before: presentAutomationRule(current),
    });
  });
}
