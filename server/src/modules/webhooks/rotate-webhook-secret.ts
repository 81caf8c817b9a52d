import { and, eq } from 'drizzle-orm';
import { recordChange } from '../../platform/audit.ts';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { mintEndpointSecret, ROTATION_OVERLAP_MS } from './endpoint-secrets.ts';
import { findOwnWebhookEndpoint } from './get-webhook-endpoint.ts';
import { presentWebhookEndpoint } from './schemas.ts';
import { webhookEndpoints } from './tables.ts';

/**
 * A new signing secret, returned this once. The current one keeps signing alongside it for 24
 * hours, so the receiver can deploy the new secret without rejecting anything. Rotating again
 * within those hours ends the older overlap: only one previous secret is kept.
 */
export async function rotateWebhookSecret({
  ctx,
  id,
  appSecret,
  now,
}: {
  ctx: Ctx;
  id: string;
  appSecret: string;
  now: Date;
}) {
  const actor = assertActorCan(ctx, 'webhooks:manage');
  const secret = mintEndpointSecret(appSecret);
  return withTransaction(ctx, async (tx) => {
    const current = await findOwnWebhookEndpoint(tx, actor, id, { forUpdate: true });
    const [row] = await tx
      .update(webhookEndpoints)
      .set({
        secret: secret.sealed,
        previousSecret: current.secret,
        previousSecretExpiresAt: new Date(now.getTime() + ROTATION_OVERLAP_MS),
        version: current.version + 1,
        updatedAt: now,
      })
      .where(and(eq(webhookEndpoints.workspaceId, actor.workspaceId), eq(webhookEndpoints.id, id)))
      .returning();
    const after = presentWebhookEndpoint(row!);
    await recordChange(tx, ctx, {
      action: 'webhook_endpoint.secret_rotated',
      entityType: 'webhook_endpoint',
      entityId: id,
      organisationId: current.organisationId,
      before: presentWebhookEndpoint(current),
      after,
    });
    return { ...after, secret: secret.plain };
  });
}
