import { and, asc, eq } from 'drizzle-orm';
import { assertActorCan, type Ctx, type UserActor, withTransaction } from '../../platform/context.ts';
import type { Transaction } from '../../platform/db/connection.ts';
import { oneOrNotFound } from '../../platform/db/one-or-not-found.ts';
import { presentWebhookAttempt, presentWebhookDelivery } from './schemas.ts';
import { webhookAttempts, webhookDeliveries } from './tables.ts';

/** A delivery to one of the caller's own organisation's endpoints; anyone else's look absent. */
export async function findOwnWebhookDelivery(
  tx: Transaction,
  actor: UserActor,
  id: string,
  { forUpdate = false } = {},
) {
  const query = tx
    .select()
    .from(webhookDeliveries)
    .where(
      and(
        eq(webhookDeliveries.workspaceId, actor.workspaceId),
        eq(webhookDeliveries.organisationId, actor.organisationId),
        eq(webhookDeliveries.id, id),
      ),
    );
  return oneOrNotFound(query, 'webhook_delivery', { forUpdate });
}

/** One delivery with what was sent and every attempt with the receiver's answer, oldest first. */
export async function getWebhookDelivery({ ctx, id }: { ctx: Ctx; id: string }) {
  const actor = assertActorCan(ctx, 'webhooks:manage');
  return withTransaction(ctx, async (tx) => {
    const delivery = await findOwnWebhookDelivery(tx, actor, id);
    const attempts = await tx
      .select()
      .from(webhookAttempts)
      .where(and(eq(webhookAttempts.workspaceId, actor.workspaceId), eq(webhookAttempts.deliveryId, id)))
      .orderBy(asc(webhookAttempts.attemptedAt), asc(webhookAttempts.id));
    return {
      ...presentWebhookDelivery(delivery),
      payload: delivery.payload,
      attemptLog: attempts.map(presentWebhookAttempt),
    };
  });
}
