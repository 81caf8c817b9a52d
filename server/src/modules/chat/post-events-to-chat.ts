import { and, eq } from 'drizzle-orm';
import type { EventSubscriber } from '../events/event-subscriber.ts';
import { topicFor } from '../notifications/notification-topics.ts';
import { organisations } from '../organisations/tables.ts';
import { isIntegrationSubscribed } from './chat-subscriptions.ts';
import { postChatJob } from './post-chat-job.ts';
import { absoluteLink } from './post-chat-message.ts';
import { chatIntegrations } from './tables.ts';

/**
 * Posts events that have a notification topic to the Slack and Teams integrations that want them:
 * one `chat.post` job per integration, enqueued in the dispatch transaction, so a message exists
 * if and only if its event was dispatched, and the request that caused the event never waits.
 */
export const postEventsToChat: EventSubscriber = {
  name: 'chat',
  handle: async ({ tx, event, jobs, config }) => {
    const topic = topicFor(event.type);
    if (!topic) return;
    const { workspaceId } = event;
    const integrations = await tx
      .select({
        id: chatIntegrations.id,
        organisationId: chatIntegrations.organisationId,
        eventTypes: chatIntegrations.eventTypes,
        status: chatIntegrations.status,
      })
      .from(chatIntegrations)
      .where(and(eq(chatIntegrations.workspaceId, workspaceId), eq(chatIntegrations.status, 'enabled')));
    if (integrations.length === 0) return;
    const [vendor] = await tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(and(eq(organisations.workspaceId, workspaceId), eq(organisations.kind, 'vendor')));
    const recipients = integrations.filter((integration) =>
      isIntegrationSubscribed({ integration, event, vendorOrganisationId: vendor?.id ?? null }),
    );
    if (recipients.length === 0) return;
    // Slack and Teams integrations are the vendor's own channels.
    const message = topic.message(event, 'vendor');
    for (const integration of recipients) {
      await jobs.send(tx, postChatJob, {
        workspaceId,
        integrationId: integration.id,
        eventId: event.id,
        title: message.title,
        body: message.body,
        link: absoluteLink(message.link, config.PUBLIC_URL),
        deferrals: 0,
      });
    }
  },
};
