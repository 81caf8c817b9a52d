import { and, eq } from 'drizzle-orm';
import type { Config } from '../../config.ts';
import { recordChange } from '../../platform/audit.ts';
import { type Ctx, withTransaction } from '../../platform/context.ts';
import type { Database } from '../../platform/db/connection.ts';
import type { ChatMessage } from './chat-message-format.ts';
import { auditChatIntegration, readWebhookUrl } from './schemas.ts';
import { type ChatSendResult, sendChatMessage } from './send-chat-message.ts';
import { chatIntegrations } from './tables.ts';

/** The settings a send needs; the whole Config fits. */
export type ChatSendConfig = Pick<
  Config,
  'PUBLIC_URL' | 'WEBHOOKS_ALLOW_PRIVATE_NETWORKS' | 'WEBHOOK_TIMEOUT_MS'
>;

export type ChatPostOutcome = Omit<ChatSendResult, 'outcome' | 'durationMs'> & {
  /** `skipped`: nothing was sent, the integration is gone or switched off. */
  outcome: 'delivered' | 'failed' | 'skipped';
  /** This answer said the webhook is gone, so the integration was switched off just now. */
  isIntegrationDisabled: boolean;
};

const skipped = (error: string): ChatPostOutcome => ({
  outcome: 'skipped',
  statusCode: null,
  responseBody: '',
  error,
  isRetryable: false,
  isGone: false,
  retryAfterSeconds: null,
  isIntegrationDisabled: false,
});

/** Topic links are paths (`/console/partners/org_…`); chat clients need them absolute. */
export function absoluteLink(link: string | null, publicUrl: string): string | null {
  if (!link) return null;
  try {
    return new URL(link, publicUrl).toString();
  } catch {
    return null;
  }
}

/**
 * Sends one message to one integration and records what happened: a success clears `lastError`,
 * a failure sets it, and an answer saying the webhook is gone switches the integration off
 * (audited as `chat_integration.disabled`). The HTTP call runs outside any transaction, so a slow
 * Slack never holds a lock. Disabled integrations are skipped unless `isTest` (an admin checking a
 * fixed URL before enabling it again).
 */
export async function sendToChatIntegration({
  ctx,
  secret,
  config,
  integrationId,
  message,
  isTest = false,
  fetchImpl,
}: {
  ctx: Ctx;
  secret: string;
  config: ChatSendConfig;
  integrationId: string;
  message: ChatMessage;
  isTest?: boolean;
  fetchImpl?: typeof fetch;
}): Promise<ChatPostOutcome> {
  const { workspaceId } = ctx.actor;
  const where = and(eq(chatIntegrations.workspaceId, workspaceId), eq(chatIntegrations.id, integrationId));
  const [integration] = await withTransaction(ctx, (tx) => tx.select().from(chatIntegrations).where(where));
  if (!integration) return skipped('The chat integration no longer exists.');
  if (integration.status === 'disabled' && !isTest) return skipped('The chat integration is disabled.');

  const webhookUrl = readWebhookUrl(integration, secret);
  const result: ChatSendResult =
    webhookUrl === null
      ? {
          outcome: 'failed',
          statusCode: null,
          responseBody: '',
          durationMs: 0,
          // Sealed with another instance secret (restored backup, changed TRELLIS_SECRET).
          error: 'The webhook URL cannot be read with this instance secret; enter it again.',
          isRetryable: false,
          isGone: true,
          retryAfterSeconds: null,
        }
      : await sendChatMessage({
          kind: integration.kind,
          url: webhookUrl,
          message: { ...message, link: absoluteLink(message.link, config.PUBLIC_URL) },
          timeoutMs: config.WEBHOOK_TIMEOUT_MS,
          allowPrivateNetworks: config.WEBHOOKS_ALLOW_PRIVATE_NETWORKS,
          ...(fetchImpl ? { fetchImpl } : {}),
        });

  const { durationMs: _durationMs, ...outcome } = result;
  if (result.outcome === 'delivered' && integration.lastError === null) {
    return { ...outcome, isIntegrationDisabled: false };
  }
  const isIntegrationDisabled = await withTransaction(ctx, async (tx) => {
    const [current] = await tx.select().from(chatIntegrations).where(where).for('update');
    if (!current) return false;
    const isDisabling = result.isGone && current.status === 'enabled';
    // lastError is bookkeeping and leaves `version` alone, so an admin's If-Match still holds.
    const [row] = await tx
      .update(chatIntegrations)
      .set({
        lastError: result.error,
        ...(isDisabling ? { status: 'disabled', version: current.version + 1, updatedAt: new Date() } : {}),
      })
      .where(where)
      .returning();
    if (isDisabling) {
      await recordChange(tx, ctx, {
        action: 'chat_integration.disabled',
        entityType: 'chat_integration',
        entityId: current.id,
        organisationId: current.organisationId,
        before: auditChatIntegration(current),
        after: auditChatIntegration(row!),
      });
    }
    return isDisabling;
  });
  return { ...outcome, isIntegrationDisabled };
}

/**
 * Posts one message now, as the system, to an integration of `workspaceId` (the automation
 * rules' `chat` action). Relative links are made absolute with PUBLIC_URL. Returns the outcome;
 * retrying a retryable failure is the caller's business.
 */
export async function postChatMessage({
  db,
  secret,
  config,
  workspaceId,
  integrationId,
  title,
  body,
  link = null,
  fetchImpl,
}: {
  db: Database;
  secret: string;
  config: ChatSendConfig;
  workspaceId: string;
  integrationId: string;
  title: string;
  body: string;
  link?: string | null;
  fetchImpl?: typeof fetch;
}): Promise<ChatPostOutcome> {
  const ctx: Ctx = { db, actor: { type: 'system', workspaceId, reason: 'chat message' } };
  return sendToChatIntegration({
    ctx,
    secret,
    config,
    integrationId,
    message: { title, body, link },
    ...(fetchImpl ? { fetchImpl } : {}),
  });
}
