import { and, eq } from 'drizzle-orm';
import { assertActorCan, type Ctx, type UserActor, withTransaction } from '../../platform/context.ts';
import type { Transaction } from '../../platform/db/connection.ts';
import { oneOrNotFound } from '../../platform/db/one-or-not-found.ts';
import { presentWebhookEndpoint } from './schemas.ts';
import { webhookEndpoints } from './tables.ts';

/**
 * An endpoint of the caller's own organisation: like API keys, a vendor admin does not manage a
 * partner's endpoints, so anyone else's look absent. Updates pass `forUpdate` so the version they
 * check cannot change before they write.
 */
export async function findOwnWebhookEndpoint(
  tx: Transaction,
  actor: UserActor,
  id: string,
  { forUpdate = false } = {},
) {
  const query = tx
    .select()
    .from(webhookEndpoints)
    .where(
      and(
        eq(webhookEndpoints.workspaceId, actor.workspaceId),
        eq(webhookEndpoints.organisationId, actor.organisationId),
        eq(webhookEndpoints.id, id),
      ),
    );
  return oneOrNotFound(query, 'webhook_endpoint', { forUpdate });
}

export async function getWebhookEndpoint({ ctx, id }: { ctx: Ctx; id: string }) {
  const actor = assertActorCan(ctx, 'webhooks:manage');
  return withTransaction(ctx, async (tx) =>
    presentWebhookEndpoint(await findOwnWebhookEndpoint(tx, actor, id)),
  );
}
