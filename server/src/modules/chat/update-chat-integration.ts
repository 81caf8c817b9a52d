import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Config } from '../../config.ts';
import { recordChange } from '../../platform/audit.ts';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { assertVersion } from '../../platform/http/concurrency.ts';
import { encryptSecret } from '../../platform/secrets.ts';
import { assertChatWebhookUrl } from './create-chat-integration.ts';
import { findOwnChatIntegration } from './get-chat-integration.ts';
import { auditChatIntegration, presentChatIntegration, type updateChatIntegrationInput } from './schemas.ts';
import { chatIntegrations } from './tables.ts';

export async function updateChatIntegration({
  ctx,
  id,
  input,
  expectedVersion,
  config,
  secret,
  now,
}: {
  ctx: Ctx;
  id: string;
  input: z.infer<typeof updateChatIntegrationInput>;
  expectedVersion: number | undefined;
  config: Config;
  secret: string;
  now: Date;
}) {
  const actor = assertActorCan(ctx, 'chat:manage');
  return withTransaction(ctx, async (tx) => {
    const current = await findOwnChatIntegration(tx, actor, id, { forUpdate: true });
    assertVersion('chat integration', current.version, expectedVersion);
    const webhookUrl =
      input.webhookUrl === undefined
        ? undefined
        : assertChatWebhookUrl(current.kind, input.webhookUrl, config);
    // Enabling again (or pasting a new URL) is the admin saying "fixed": the old error is history.
    const isReEnabling = input.status === 'enabled' && current.status === 'disabled';
    const [row] = await tx
      .update(chatIntegrations)
      .set({
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(webhookUrl !== undefined ? { webhookUrlEncrypted: encryptSecret(secret, webhookUrl) } : {}),
        ...(input.eventTypes !== undefined ? { eventTypes: input.eventTypes } : {}),
        ...(input.status !== undefined ? { status: input.status } : {}),
        ...(isReEnabling || webhookUrl !== undefined ? { lastError: null } : {}),
        version: current.version + 1,
        updatedAt: now,
      })
      .where(and(eq(chatIntegrations.workspaceId, actor.workspaceId), eq(chatIntegrations.id, id)))
      .returning();
    await recordChange(tx, ctx, {
      action: 'chat_integration.updated',
      entityType: 'chat_integration',
      entityId: id,
      organisationId: current.organisationId,
      before: auditChatIntegration(current),
      after: {
        ...auditChatIntegration(row!),
        ...(webhookUrl !== undefined ? { webhookUrlChanged: true } : {}),
      },
    });
    return presentChatIntegration(row!, secret);
  });
}
