import { useTranslation } from 'react-i18next';
import { StatusBadge, type StatusColour } from '../../ui/status-badge.tsx';
import type { WebhookEndpoint } from './webhook-queries.ts';

type EndpointState = 'enabled' | 'disabled' | 'autoDisabled';

const COLOURS: Record<EndpointState, StatusColour> = {
  enabled: 'green',
  disabled: 'gray',
  autoDisabled: 'red',
};

export function endpointStateOf(endpoint: Pick<WebhookEndpoint, 'status' | 'disabledBy'>): EndpointState {
  if (endpoint.status === 'enabled') return 'enabled';
  return endpoint.disabledBy === 'delivery_failures' ? 'autoDisabled' : 'disabled';
}

/** Enabled, disabled by a person, or switched off by Trellis because deliveries kept failing. */
export function EndpointStatusBadge({
  endpoint,
}: {
  endpoint: Pick<WebhookEndpoint, 'status' | 'disabledBy'>;
}) {
  const { t } = useTranslation();
  const state = endpointStateOf(endpoint);
  return <StatusBadge colour={COLOURS[state]} label={t(`webhooks.status.${state}`)} />;
}
