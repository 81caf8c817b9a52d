import { and, desc, eq, lt } from 'drizzle-orm';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { decodeCursor, type PageQuery, toPage } from '../../platform/http/pagination.ts';
import { presentChatIntegration } from './schemas.ts';
import { chatIntegrations } from './tables.ts';

/** The caller's organisation's integrations, newest first, URLs masked. */
export async function listChatIntegrations({
  ctx,
  input,
  secret,
}: {
  ctx: Ctx;
  input: PageQuery;
  secret: string;
}) {
  const actor = assertActorCan(ctx, 'chat:manage');
  const after = decodeCursor(input.cursor);
  return withTransaction(ctx, async (tx) => {
    const rows = await tx
      .select()
      .from(chatIntegrations)
      .where(
        and(
          eq(chatIntegrations.workspaceId, actor.workspaceId),
          eq(chatIntegrations.organisationId, actor.organisationId),
          after ? lt(chatIntegrations.id, after) : undefined,
        ),
      )
      .orderBy(desc(chatIntegrations.id))
      .limit(input.limit + 1);
    return toPage(rows, input.limit, (row) => presentChatIntegration(row, secret));
  });
}
