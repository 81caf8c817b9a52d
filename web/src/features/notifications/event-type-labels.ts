import type { TFunction } from 'i18next';
import type { MessageKey } from '../../i18n/i18n.ts';

/**
 * The API names event types by id (`organisation.created`) with an English label; people read
 * them in their own language. A type added on the server before it is translated here shows the
 * server's label.
 */
const EVENT_TYPE_LABELS: Partial<Record<string, MessageKey>> = {
  'organisation.created': 'notifications.eventTypes.organisationCreated',
  'invitation.accepted': 'notifications.eventTypes.invitationAccepted',
  'api_key.created': 'notifications.eventTypes.apiKeyCreated',
  'webhook_endpoint.disabled': 'notifications.eventTypes.webhookEndpointDisabled',
  'chat_integration.disabled': 'notifications.eventTypes.chatIntegrationDisabled',
};

export function eventTypeLabel(t: TFunction, eventType: string, serverLabel: string = eventType): string {
  const key = EVENT_TYPE_LABELS[eventType];
  return key === undefined ? serverLabel : t(key);
}
