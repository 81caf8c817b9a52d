import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WebhookEndpoint } from './webhook-queries.ts';

type EndpointState = 'enabled' | 'disabled' | 'autoDisabled';

const COLORS: Record<EndpointState, string> = { enabled: 'green', disabled: 'gray', autoDisabled: 'red' };

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
  return (
    <Badge variant="dot" color={COLORS[state]}>
      {t(`webhooks.status.${state}`)}
    </Badge>
  );
}
