import { and, eq } from 'drizzle-orm';
import { recordChange } from '../../platform/audit.ts';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { assertVersion } from '../../platform/http/concurrency.ts';
import { findOwnChatIntegration } from './get-chat-integration.ts';
import { auditChatIntegration } from './schemas.ts';
import { chatIntegrations } from './tables.ts';

/** Removes the integration; queued messages for it find nothing and end. */
export async function deleteChatIntegration({
  ctx,
  id,
  expectedVersion,
}: {
  ctx: Ctx;
  id: string;
  expectedVersion: number | undefined;
}) {
  const actor = assertActorCan(ctx, 'chat:manage');
  await withTransaction(ctx, async (tx) => {
    const current = await findOwnChatIntegration(tx, actor, id, { forUpdate: true });
    assertVersion('chat integration', current.version, expectedVersion);
    await tx
      .delete(chatIntegrations)
      .where(and(eq(chatIntegrations.workspaceId, actor.workspaceId), eq(chatIntegrations.id, id)));
    await recordChange(tx, ctx, {
      action: 'chat_integration.deleted',
      entityType: 'chat_integration',
      entityId: id,
      organisationId: current.organisationId,
      before: auditChatIntegration(current),
    });
  });
}
