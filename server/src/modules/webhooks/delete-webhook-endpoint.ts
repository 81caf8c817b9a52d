import { and, eq } from 'drizzle-orm';
import { recordChange } from '../../platform/audit.ts';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { findOwnWebhookEndpoint } from './get-webhook-endpoint.ts';
import { presentWebhookEndpoint } from './schemas.ts';
import { webhookEndpoints } from './tables.ts';

/**
 * Removes the endpoint with its deliveries and attempts (the foreign keys cascade). Queued jobs of
 * those deliveries find nothing and end; the audit trail keeps the endpoint as it was.
 */
export async function deleteWebhookEndpoint({ ctx, id }: { ctx: Ctx; id: string }) {
  const actor = assertActorCan(ctx, 'webhooks:manage');
  await withTransaction(ctx, async (tx) => {
    const current = await findOwnWebhookEndpoint(tx, actor, id, { forUpdate: true });
    await tx
      .delete(webhookEndpoints)
      .where(and(eq(webhookEndpoints.workspaceId, actor.workspaceId), eq(webhookEndpoints.id, id)));
    await recordChange(tx, ctx, {
      action: 'webhook_endpoint.deleted',
      entityType: 'webhook_endpoint',
      entityId: id,
      organisationId: current.organisationId,
      before: presentWebhookEndpoint(current),
    });
  });
}
