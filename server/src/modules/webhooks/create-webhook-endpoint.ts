import type { z } from 'zod';
import type { Config } from '../../config.ts';
import { recordChange } from '../../platform/audit.ts';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { newId } from '../../platform/ids.ts';
import { assertDeliverableUrl } from './delivery/index.ts';
import { mintEndpointSecret } from './endpoint-secrets.ts';
import { type createWebhookEndpointInput, presentWebhookEndpoint } from './schemas.ts';
import { webhookEndpoints } from './tables.ts';

/** Registers an endpoint for the caller's organisation; the signing secret is in this answer only. */
export async function createWebhookEndpoint({
  ctx,
  input,
  config,
  appSecret,
  now,
}: {
  ctx: Ctx;
  input: z.infer<typeof createWebhookEndpointInput>;
  config: Config;
  appSecret: string;
  now: Date;
}) {
  const actor = assertActorCan(ctx, 'webhooks:manage');
  const url = assertDeliverableUrl(input.url, {
    allowPrivateNetworks: config.WEBHOOKS_ALLOW_PRIVATE_NETWORKS,
  });
  const secret = mintEndpointSecret(appSecret);
  return withTransaction(ctx, async (tx) => {
    const [row] = await tx
      .insert(webhookEndpoints)
      .values({
        id: newId('webhookEndpoint'),
        workspaceId: actor.workspaceId,
        organisationId: actor.organisationId,
        url: url.href,
        description: input.description || null,
        eventTypes: input.eventTypes,
        secret: secret.sealed,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    const created = presentWebhookEndpoint(row!);
    await recordChange(tx, ctx, {
      action: 'webhook_endpoint.created',
      entityType: 'webhook_endpoint',
      entityId: created.id,
      organisationId: created.organisationId,
      after: created,
    });
    return { ...created, secret: secret.plain };
  });
}
