import { and, desc, eq, lt } from 'drizzle-orm';
import type { z } from 'zod';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { decodeCursor, type PageQuery, toPage } from '../../platform/http/pagination.ts';
import { findOwnAutomationRule } from './get-automation-rule.ts';
import { type listRunsQuery, presentAutomationRuleRun } from './schemas.ts';
import { automationRuleRuns } from './tables.ts';

/** The run log of one rule, newest first: one row per matching event and action, with its outcome. */
export async function listAutomationRuleRuns({
  ctx,
  ruleId,
  input,
}: {
  ctx: Ctx;
  ruleId: string;
  input: PageQuery & z.infer<typeof listRunsQuery>;
}) {
  const actor = assertActorCan(ctx, 'automation:manage');
  const after = decodeCursor(input.cursor);
  return withTransaction(ctx, async (tx) => {
    await findOwnAutomationRule(tx, actor, ruleId);
    const rows = await tx
      .select()
      .from(automationRuleRuns)
      .where(
        and(
          eq(automationRuleRuns.workspaceId, actor.workspaceId),
          eq(automationRuleRuns.ruleId, ruleId),
          input.status ? eq(automationRuleRuns.status, input.status) : undefined,
          after ? lt(automationRuleRuns.id, after) : undefined,
        ),
      )
      .orderBy(desc(automationRuleRuns.id))
      .limit(input.limit + 1);
    return toPage(rows, input.limit, presentAutomationRuleRun);
  });
}
