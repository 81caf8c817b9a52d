import type { z } from 'zod';
import type { Config } from '../../config.ts';
import { recordChange } from '../../platform/audit.ts';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { DomainError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { encryptSecret } from '../../platform/secrets.ts';
import { type ChatKind, checkChatWebhookUrl } from './chat-url.ts';
import { auditChatIntegration, type createChatIntegrationInput, presentChatIntegration } from './schemas.ts';
import { chatIntegrations } from './tables.ts';

/** Throws a validation error naming `body.webhookUrl` unless the URL fits the kind and the install. */
export function assertChatWebhookUrl(kind: ChatKind, rawUrl: string, config: Config): string {
  const check = checkChatWebhookUrl(kind, rawUrl, {
    allowPrivateNetworks: config.WEBHOOKS_ALLOW_PRIVATE_NETWORKS,
  });
  if (!check.isAllowed) {
    throw new DomainError('validation', 'chat_webhook_url_not_allowed', check.reason, [
      { field: 'body.webhookUrl', message: check.reason },
    ]);
  }
  return check.url.href;
}

/** Connects a Slack or Teams channel for the caller's organisation; the URL is sealed at once. */
export async function createChatIntegration({
  ctx,
  input,
  config,
  secret,
  now,
}: {
  ctx: Ctx;
  input: z.infer<typeof createChatIntegrationInput>;
  config: Config;
  secret: string;
  now: Date;
}) {
  const actor = assertActorCan(ctx, 'chat:manage');
  const webhookUrl = assertChatWebhookUrl(input.kind, input.webhookUrl, config);
  return withTransaction(ctx, async (tx) => {
    const [row] = await tx
      .insert(chatIntegrations)
      .values({
        id: newId('chatIntegration'),
        workspaceId: actor.workspaceId,
        organisationId: actor.organisationId,
        kind: input.kind,
        name: input.name,
        webhookUrlEncrypted: encryptSecret(secret, webhookUrl),
        eventTypes: input.eventTypes,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await recordChange(tx, ctx, {
      action: 'chat_integration.created',
      entityType: 'chat_integration',
      entityId: row!.id,
      organisationId: row!.organisationId,
      after: auditChatIntegration(row!),
    });
    return presentChatIntegration(row!, secret);
  });
}
