import { Button, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../ui/data-table.tsx';
import { EventTypeBadges } from '../../ui/event-type-badges.tsx';
import { EndpointStatusBadge } from './endpoint-status-badge.tsx';
import { LatestDelivery } from './latest-delivery.tsx';
import { RouterAnchor } from './router-anchor.tsx';
import type { WebhookEndpoint } from './webhook-queries.ts';

type WebhooksTableProps = {
  endpoints: WebhookEndpoint[];
  /** The endpoint whose enable/disable is on its way, so only its button spins. */
  togglingId: string | null;
  onToggle: (endpoint: WebhookEndpoint) => void;
  onDelete: (endpoint: WebhookEndpoint) => void;
};

export function WebhooksTable({ endpoints, togglingId, onToggle, onDelete }: WebhooksTableProps) {
  const { t } = useTranslation();
  return (
    <DataTable
      minWidth={860}
      striped
      columns={[
        t('webhooks.columns.endpoint'),
        t('webhooks.columns.events'),
        t('webhooks.columns.status'),
        t('webhooks.columns.lastDelivery'),
      ]}
      hasRowActions
    >
      {endpoints.map((endpoint) => (
        <Table.Tr key={endpoint.id}>
          <Table.Td maw={340}>
            <Stack gap={2}>
              <RouterAnchor
                to="/webhooks/$endpointId"
                params={{ endpointId: endpoint.id }}
                fw={600}
                style={{ wordBreak: 'break-all' }}
              >
                {endpoint.url}
              </RouterAnchor>
              {endpoint.description ? (
                <Text size="sm" c="dimmed">
                  {endpoint.description}
                </Text>
              ) : null}
            </Stack>
          </Table.Td>
          <Table.Td>
            <EventTypeBadges eventTypes={endpoint.eventTypes} max={3} />
          </Table.Td>
          <Table.Td>
            <Stack gap={4} align="flex-start">
              <EndpointStatusBadge endpoint={endpoint} />
              {endpoint.disabledBy === 'delivery_failures' && endpoint.disabledReason ? (
                <Text size="xs" c="dimmed">
                  {endpoint.disabledReason}
                </Text>
              ) : null}
            </Stack>
          </Table.Td>
          <Table.Td>
            <LatestDelivery endpointId={endpoint.id} />
          </Table.Td>
          <Table.Td>
            <Group gap="xs" wrap="nowrap" justify="flex-end">
              <Button
                size="xs"
                variant="default"
                loading={togglingId === endpoint.id}
                onClick={() => onToggle(endpoint)}
                aria-label={t(endpoint.status === 'enabled' ? 'webhooks.disableFor' : 'webhooks.enableFor', {
                  url: endpoint.url,
                })}
              >
                {t(endpoint.status === 'enabled' ? 'webhooks.disable' : 'webhooks.enable')}
              </Button>
              <Button
                size="xs"
                variant="default"
                onClick={() => onDelete(endpoint)}
                aria-label={t('webhooks.deleteFor', { url: endpoint.url })}
              >
                {t('common.delete')}
              </Button>
            </Group>
          </Table.Td>
        </Table.Tr>
      ))}
    </DataTable>
  );
}
