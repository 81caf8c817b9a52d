import { and, desc, eq, lt } from 'drizzle-orm';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { decodeCursor, type PageQuery, toPage } from '../../platform/http/pagination.ts';
import { presentApiKey } from './schemas.ts';
import { apiKeys } from './tables.ts';

/** The keys of the caller's own organisation: a vendor admin does not manage partners' keys. */
export async function listApiKeys({ ctx, input }: { ctx: Ctx; input: PageQuery }) {
  const actor = assertActorCan(ctx, 'api_keys:manage');
  const after = decodeCursor(input.cursor);
  return withTransaction(ctx, async (tx) => {
    const rows = await tx
      .select()
      .from(apiKeys)
      .where(
        and(
          eq(apiKeys.workspaceId, actor.workspaceId),
          eq(apiKeys.organisationId, actor.organisationId),
          after ? lt(apiKeys.id, after) : undefined,
        ),
      )
      .orderBy(desc(apiKeys.id))
      .limit(input.limit + 1);
    return toPage(rows, input.limit, presentApiKey);
  });
}
