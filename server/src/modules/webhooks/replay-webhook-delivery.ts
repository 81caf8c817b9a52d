import { and, eq } from 'drizzle-orm';
import { recordChange } from '../../platform/audit.ts';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { DomainError } from '../../platform/errors.ts';
import { findOwnWebhookDelivery } from './get-webhook-delivery.ts';
import { findOwnWebhookEndpoint } from './get-webhook-endpoint.ts';
import { presentWebhookDelivery } from './schemas.ts';
import { webhookDeliveries } from './tables.ts';

export const DELIVERY_REPLAYED = 'webhook_delivery.replayed';

/**
 * Sends a delivery again, failed or delivered, with the same `webhook-id` (receivers that already
 * processed it may drop it). The send happens in the background: the API has no job queue, so the
 * `webhook_delivery.replayed` event this writes is what enqueues it (see deliver-events.ts), and
 * the request never waits for the receiver.
 */
export async function replayWebhookDelivery({ ctx, id, now }: { ctx: Ctx; id: string; now: Date }) {
  const actor = assertActorCan(ctx, 'webhooks:manage');
  return withTransaction(ctx, async (tx) => {
    const current = await findOwnWebhookDelivery(tx, actor, id, { forUpdate: true });
    if (current.status === 'pending') {
      // A second job for the same delivery would race the scheduled one and send it twice.
      throw new DomainError(
        'conflict',
        'webhook_delivery_pending',
        'This delivery is already waiting to be sent; replay it once it has been delivered or has failed.',
      );
    }
    const endpoint = await findOwnWebhookEndpoint(tx, actor, current.endpointId);
    if (endpoint.status === 'disabled') {
      throw new DomainError(
        'conflict',
        'webhook_endpoint_disabled',
        'The endpoint is disabled; enable it before replaying its deliveries.',
      );
    }
    const [row] = await tx
      .update(webhookDeliveries)
      .set({ status: 'pending', nextAttemptAt: now })
      .where(and(eq(webhookDeliveries.workspaceId, actor.workspaceId), eq(webhookDeliveries.id, id)))
      .returning();
    const after = presentWebhookDelivery(row!);
    await recordChange(tx, ctx, {
      action: DELIVERY_REPLAYED,
      entityType: 'webhook_delivery',
      entityId: id,
      organisationId: current.organisationId,
      before: presentWebhookDelivery(current),
      after,
    });
    return after;
  });
}
