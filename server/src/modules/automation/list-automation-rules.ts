import { and, desc, eq, lt } from 'drizzle-orm';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { decodeCursor, type PageQuery, toPage } from '../../platform/http/pagination.ts';
import { presentAutomationRule } from './schemas.ts';
import { automationRules } from './tables.ts';

export async function listAutomationRules({ ctx, input }: { ctx: Ctx; input: PageQuery }) {
  const actor = assertActorCan(ctx, 'automation:manage');
  const after = decodeCursor(input.cursor);
  return withTransaction(ctx, async (tx) => {
    const rows = await tx
      .select()
      .from(automationRules)
      .where(
        and(
          eq(automationRules.workspaceId, actor.workspaceId),
          eq(automationRules.organisationId, actor.organisationId),
          after ? lt(automationRules.id, after) : undefined,
        ),
      )
      .orderBy(desc(automationRules.id))
      .limit(input.limit + 1);
    return toPage(rows, input.limit, presentAutomationRule);
  });
}
