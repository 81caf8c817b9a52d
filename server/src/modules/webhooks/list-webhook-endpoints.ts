import { and, desc, eq, lt } from 'drizzle-orm';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { decodeCursor, type PageQuery, toPage } from '../../platform/http/pagination.ts';
import { presentWebhookEndpoint } from './schemas.ts';
import { webhookEndpoints } from './tables.ts';

/** The endpoints of the caller's own organisation, newest first; secrets never leave `create`. */
export async function listWebhookEndpoints({ ctx, input }: { ctx: Ctx; input: PageQuery }) {
  const actor = assertActorCan(ctx, 'webhooks:manage');
  const after = decodeCursor(input.cursor);
  return withTransaction(ctx, async (tx) => {
    const rows = await tx
      .select()
      .from(webhookEndpoints)
      .where(
        and(
          eq(webhookEndpoints.workspaceId, actor.workspaceId),
          eq(webhookEndpoints.organisationId, actor.organisationId),
          after ? lt(webhookEndpoints.id, after) : undefined,
        ),
      )
      .orderBy(desc(webhookEndpoints.id))
      .limit(input.limit + 1);
    return toPage(rows, input.limit, presentWebhookEndpoint);
  });
}
