import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { findOwnChatIntegration } from './get-chat-integration.ts';
import { type ChatSendConfig, sendToChatIntegration } from './post-chat-message.ts';

/**
 * Sends a test message now and answers with what Slack or Teams said: the one synchronous send,
 * so an admin sees at once whether the URL works. Disabled integrations are tested too (that is
 * how one checks a fixed URL before enabling it again); the outcome is recorded like any other.
 */
export async function testChatIntegration({
  ctx,
  id,
  config,
  secret,
  fetchImpl,
}: {
  ctx: Ctx;
  id: string;
  config: ChatSendConfig;
  secret: string;
  fetchImpl?: typeof fetch;
}) {
  const actor = assertActorCan(ctx, 'chat:manage');
  const integration = await withTransaction(ctx, (tx) => findOwnChatIntegration(tx, actor, id));
  const outcome = await sendToChatIntegration({
    ctx,
    secret,
    config,
    integrationId: integration.id,
    isTest: true,
    message: {
      title: 'Trellis test message',
      body: `This channel is connected to Trellis as "${integration.name}". Partner programme notices will appear here.`,
      link: '/console/chat',
    },
    ...(fetchImpl ? { fetchImpl } : {}),
  });
  return {
    // isTest always sends, so nothing is skipped here; a vanished row reads as a failure.
    outcome: outcome.outcome === 'delivered' ? ('delivered' as const) : ('failed' as const),
    statusCode: outcome.statusCode,
    error: outcome.error,
    responseBody: outcome.responseBody,
    isIntegrationDisabled: outcome.isIntegrationDisabled,
  };
}
