import type { DomainEvent } from '../events/event-subscriber.ts';

type EndpointFilter = {
  organisationId: string;
  eventTypes: readonly string[];
  status: 'enabled' | 'disabled';
};
type EventScope = Pick<DomainEvent, 'type' | 'entityType' | 'organisationId'>;

/**
 * The webhook module's own events (endpoints changed, deliveries replayed) describe the webhook
 * set-up itself, not the partner programme: sending them would make an endpoint announce its own
 * creation, and every replay would spawn fresh deliveries. Admins see them in the audit trail.
 */
export function isSentAsWebhook(event: Pick<DomainEvent, 'entityType'>): boolean {
  return !event.entityType.startsWith('webhook_');
}

/**
 * Whether an endpoint receives an event. The vendor's endpoints hear everything in the workspace;
 * a partner's hear only events of its own organisation, so events without an organisation (and
 * other partners' events) never reach a partner. An empty type list means every type.
 */
export function isEndpointSubscribed({
  endpoint,
  event,
  vendorOrganisationId,
}: {
  endpoint: EndpointFilter;
  event: EventScope;
  vendorOrganisationId: string | null;
}): boolean {
  if (endpoint.status !== 'enabled' || !isSentAsWebhook(event)) return false;
  const isVendorEndpoint = vendorOrganisationId !== null && endpoint.organisationId === vendorOrganisationId;
  if (!isVendorEndpoint && event.organisationId !== endpoint.organisationId) return false;
  return endpoint.eventTypes.length === 0 || endpoint.eventTypes.includes(event.type);
}

/**
 * What receivers get: the event, named by its type, with the entity's before/after snapshots
 * (already stripped of secrets by the audit trail). The delivery id travels as `webhook-id`.
 */
export function webhookPayload(event: DomainEvent) {
  const data = (event.data ?? {}) as { before?: unknown; after?: unknown };
  return {
    type: event.type,
    timestamp: event.occurredAt.toISOString(),
    data: {
      id: event.entityId,
      entityType: event.entityType,
      organisationId: event.organisationId,
      actor: { type: event.actorType, id: event.actorId },
      before: data.before ?? null,
      after: data.after ?? null,
    },
  };
}
