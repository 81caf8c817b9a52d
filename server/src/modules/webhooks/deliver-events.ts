import { and, eq } from 'drizzle-orm';
import { newId } from '../../platform/ids.ts';
import type { EventSubscriber } from '../events/event-subscriber.ts';
import { findVendorOrganisationId } from '../organisations/get-organisation.ts';
import { organisations } from '../organisations/tables.ts';
import { deliverWebhookJob } from './deliver-webhook-job.ts';
import { DELIVERY_REPLAYED } from './replay-webhook-delivery.ts';
import { webhookDeliveries, webhookEndpoints } from './tables.ts';
import { isEndpointSubscribed, isSentAsWebhook, webhookPayload } from './webhook-recipients.ts';

/**
 * Turns each domain event into one delivery per interested endpoint, each with its job, in the
 * dispatch transaction: a delivery exists if and only if its event was dispatched, and the API
 * request that caused the event never waits for a receiver.
 */
export const deliverEventsToWebhooks: EventSubscriber = {
  name: 'webhooks',
  handle: async ({ tx, event, jobs, now }) => {
    const { workspaceId } = event;
    // The API has no job queue; a replay is enqueued here, from the event it recorded.
    if (event.type === DELIVERY_REPLAYED) {
      await jobs.send(tx, deliverWebhookJob, { workspaceId, deliveryId: event.entityId });
      return;
    }
    if (!isSentAsWebhook(event)) return;
    const endpoints = await tx
      .select({
        id: webhookEndpoints.id,
        organisationId: webhookEndpoints.organisationId,
        eventTypes: webhookEndpoints.eventTypes,
        status: webhookEndpoints.status,
      })
      .from(webhookEndpoints)
      // An offboarded partner's endpoints hear nothing, not even of their own offboarding.
      .innerJoin(organisations, eq(organisations.id, webhookEndpoints.organisationId))
      .where(
        and(
          eq(webhookEndpoints.workspaceId, workspaceId),
          eq(webhookEndpoints.status, 'enabled'),
          eq(organisations.status, 'active'),
        ),
      );
    if (endpoints.length === 0) return;
    const vendorOrganisationId = await findVendorOrganisationId(tx, workspaceId);
    const recipients = endpoints.filter((endpoint) =>
      isEndpointSubscribed({ endpoint, event, vendorOrganisationId }),
    );
    if (recipients.length === 0) return;
    const payload = webhookPayload(event);
    const deliveries = await tx
      .insert(webhookDeliveries)
      .values(
        recipients.map((endpoint) => ({
          id: newId('webhookDelivery'),
          workspaceId,
          organisationId: endpoint.organisationId,
          endpointId: endpoint.id,
          eventId: event.id,
          eventType: event.type,
          payload,
          nextAttemptAt: now,
          createdAt: now,
        })),
      )
      .returning({ id: webhookDeliveries.id });
    for (const delivery of deliveries) {
      await jobs.send(tx, deliverWebhookJob, { workspaceId, deliveryId: delivery.id });
    }
  },
};
