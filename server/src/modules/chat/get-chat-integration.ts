import { and, eq } from 'drizzle-orm';
import { assertActorCan, type Ctx, type UserActor, withTransaction } from '../../platform/context.ts';
import type { Transaction } from '../../platform/db/connection.ts';
import { oneOrNotFound } from '../../platform/db/one-or-not-found.ts';
import { presentChatIntegration } from './schemas.ts';
import { chatIntegrations } from './tables.ts';

/**
 * An integration of the caller's own organisation; anyone else's looks absent, like webhook
 * endpoints. Updates pass `forUpdate` so the version they check cannot change before they write.
 */
export async function findOwnChatIntegration(
  tx: Transaction,
  actor: UserActor,
  id: string,
  { forUpdate = false } = {},
) {
  const query = tx
    .select()
    .from(chatIntegrations)
    .where(
      and(
        eq(chatIntegrations.workspaceId, actor.workspaceId),
        eq(chatIntegrations.organisationId, actor.organisationId),
        eq(chatIntegrations.id, id),
      ),
    );
  return oneOrNotFound(query, 'chat_integration', { forUpdate });
}

export async function getChatIntegration({ ctx, id, secret }: { ctx: Ctx; id: string; secret: string }) {
  const actor = assertActorCan(ctx, 'chat:manage');
  return withTransaction(ctx, async (tx) =>
    presentChatIntegration(await findOwnChatIntegration(tx, actor, id), secret),
  );
}
