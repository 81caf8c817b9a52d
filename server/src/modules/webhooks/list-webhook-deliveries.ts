import { and, desc, eq, lt } from 'drizzle-orm';
import type { z } from 'zod';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { decodeCursor, type PageQuery, toPage } from '../../platform/http/pagination.ts';
import { findOwnWebhookEndpoint } from './get-webhook-endpoint.ts';
import { type listWebhookDeliveriesQuery, presentWebhookDelivery } from './schemas.ts';
import { webhookDeliveries } from './tables.ts';

/** An endpoint's delivery log, newest first, optionally only the failed (or pending, or delivered) ones. */
export async function listWebhookDeliveries({
  ctx,
  endpointId,
  input,
}: {
  ctx: Ctx;
  endpointId: string;
  input: PageQuery & z.infer<typeof listWebhookDeliveriesQuery>;
}) {
  const actor = assertActorCan(ctx, 'webhooks:manage');
  const after = decodeCursor(input.cursor);
  return withTransaction(ctx, async (tx) => {
    const endpoint = await findOwnWebhookEndpoint(tx, actor, endpointId);
    const rows = await tx
      .select()
      .from(webhookDeliveries)
      .where(
        and(
          eq(webhookDeliveries.workspaceId, actor.workspaceId),
          eq(webhookDeliveries.endpointId, endpoint.id),
          input.status ? eq(webhookDeliveries.status, input.status) : undefined,
          after ? lt(webhookDeliveries.id, after) : undefined,
        ),
      )
      .orderBy(desc(webhookDeliveries.id))
      .limit(input.limit + 1);
    return toPage(rows, input.limit, presentWebhookDelivery);
  });
}
