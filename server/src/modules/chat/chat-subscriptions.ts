import type { DomainEvent } from '../events/event-subscriber.ts';

type IntegrationFilter = {
  organisationId: string;
  eventTypes: readonly string[];
  status: 'enabled' | 'disabled';
};

/**
 * Whether an integration posts an event, by the webhooks' rule: the vendor's integrations hear
 * every event of the workspace; a partner's only its own organisation's (never another partner's,
 * nor workspace-wide ones). An empty type list means every notification topic; the caller has
 * already checked that the event has a topic.
 */
export function isIntegrationSubscribed({
  integration,
  event,
  vendorOrganisationId,
}: {
  integration: IntegrationFilter;
  event: Pick<DomainEvent, 'type' | 'organisationId'>;
  vendorOrganisationId: string | null;
}): boolean {
  if (integration.status !== 'enabled') return false;
  const isVendorIntegration =
    vendorOrganisationId !== null && integration.organisationId === vendorOrganisationId;
  if (!isVendorIntegration && event.organisationId !== integration.organisationId) return false;
  return integration.eventTypes.length === 0 || integration.eventTypes.includes(event.type);
}
