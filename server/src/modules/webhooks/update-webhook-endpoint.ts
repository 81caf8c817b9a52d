import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Config } from '../../config.ts';
import { recordChange } from '../../platform/audit.ts';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { assertVersion } from '../../platform/http/concurrency.ts';
import { assertDeliverableUrl } from './delivery/index.ts';
import { findOwnWebhookEndpoint } from './get-webhook-endpoint.ts';
import {
  DISABLED_BY_ADMINISTRATOR_REASON,
  presentWebhookEndpoint,
  type updateWebhookEndpointInput,
} from './schemas.ts';
import { webhookEndpoints } from './tables.ts';

export async function updateWebhookEndpoint({
  ctx,
  id,
  input,
  expectedVersion,
  config,
  now,
}: {
  ctx: Ctx;
  id: string;
  input: z.infer<typeof updateWebhookEndpointInput>;
  expectedVersion: number | undefined;
  config: Config;
  now: Date;
}) {
  const actor = assertActorCan(ctx, 'webhooks:manage');
  const url =
    input.url === undefined
      ? undefined
      : assertDeliverableUrl(input.url, { allowPrivateNetworks: config.WEBHOOKS_ALLOW_PRIVATE_NETWORKS })
          .href;
  return withTransaction(ctx, async (tx) => {
    const current = await findOwnWebhookEndpoint(tx, actor, id, { forUpdate: true });
    assertVersion('webhook endpoint', current.version, expectedVersion);
    const isReEnabling = input.status === 'enabled' && current.status === 'disabled';
    const isDisabling = input.status === 'disabled' && current.status === 'enabled';
    const [row] = await tx
      .update(webhookEndpoints)
      .set({
        ...(url !== undefined ? { url } : {}),
        ...(input.description !== undefined ? { description: input.description || null } : {}),
        ...(input.eventTypes !== undefined ? { eventTypes: input.eventTypes } : {}),
        ...(input.status !== undefined ? { status: input.status } : {}),
        // Enabling again is the admin saying "the receiver is fixed": the old streak must not
        // count towards the next automatic disable.
        ...(isReEnabling ? { disabledReason: null, consecutiveFailures: 0, firstFailureAt: null } : {}),
        ...(isDisabling ? { disabledReason: DISABLED_BY_ADMINISTRATOR_REASON } : {}),
        version: current.version + 1,
        updatedAt: now,
      })
      .where(and(eq(webhookEndpoints.workspaceId, actor.workspaceId), eq(webhookEndpoints.id, id)))
      .returning();
    const after = presentWebhookEndpoint(row!);
    // A change by hand is `updated`, even when it disables: `webhook_endpoint.disabled` means "we
    // switched it off", which the admins are notified of, and nobody needs a notice of their own click.
    await recordChange(tx, ctx, {
      action: 'webhook_endpoint.updated',
      entityType: 'webhook_endpoint',
      entityId: id,
      organisationId: current.organisationId,
      before: presentWebhookEndpoint(current),
      after,
    });
    return after;
  });
}
