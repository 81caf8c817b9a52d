import { Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useEventTypeLabels } from '../../i18n/event-type-label.ts';
import { useFormat } from '../../i18n/use-format.ts';
import { DataTable } from '../../ui/data-table.tsx';
import { DeliveryStatusBadge } from './delivery-status-badge.tsx';
import type { WebhookDelivery } from './webhook-queries.ts';

type DeliveriesTableProps = {
  deliveries: WebhookDelivery[];
  replayingId: string | null;
  onOpen: (delivery: WebhookDelivery) => void;
  onReplay: (delivery: WebhookDelivery) => void;
};

/** Pending deliveries are still being tried: replaying them would send the event twice at once. */
const canReplay = (delivery: WebhookDelivery) => delivery.status !== 'pending';

export function DeliveriesTable({ deliveries, replayingId, onOpen, onReplay }: DeliveriesTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const labels = useEventTypeLabels();
  return (
    <DataTable
      minWidth={820}
      striped
      columns={[
        t('webhooks.deliveries.columns.event'),
        t('webhooks.deliveries.columns.status'),
        t('webhooks.deliveries.columns.attempts'),
        t('webhooks.deliveries.columns.lastResponse'),
        t('webhooks.deliveries.columns.nextRetry'),
        t('webhooks.deliveries.columns.created'),
      ]}
      hasRowActions
    >
      {deliveries.map((delivery) => (
        <Table.Tr key={delivery.id}>
          <Table.Td>
            <Text fw={600} size="sm">
              {labels.eventType(delivery.eventType)}
            </Text>
            <Text size="xs" c="dimmed" ff="monospace">
              {delivery.eventType}
            </Text>
          </Table.Td>
          <Table.Td>
            <DeliveryStatusBadge status={delivery.status} />
          </Table.Td>
          <Table.Td>{format.number(delivery.attempts)}</Table.Td>
          <Table.Td>
            {delivery.lastStatusCode ?? (delivery.lastError ? t('webhooks.deliveries.noAnswer') : '–')}
          </Table.Td>
          <Table.Td>{delivery.nextAttemptAt ? format.relative(delivery.nextAttemptAt) : '–'}</Table.Td>
          <Table.Td title={format.dateTime(delivery.createdAt)}>
            {format.relative(delivery.createdAt)}
          </Table.Td>
          <Table.Td>
            <Group gap="xs" wrap="nowrap" justify="flex-end">
              <Button
                size="xs"
                variant="default"
                onClick={() => onOpen(delivery)}
                aria-label={t('webhooks.deliveries.openFor', {
                  event: labels.eventType(delivery.eventType),
                })}
              >
                {t('webhooks.deliveries.open')}
              </Button>
              {canReplay(delivery) ? (
                <Button
                  size="xs"
                  variant="default"
                  loading={replayingId === delivery.id}
                  onClick={() => onReplay(delivery)}
                  aria-label={t('webhooks.deliveries.replayFor', {
                    event: labels.eventType(delivery.eventType),
                  })}
                >
                  {t('webhooks.deliveries.replay')}
                </Button>
              ) : null}
            </Group>
          </Table.Td>
        </Table.Tr>
      ))}
    </DataTable>
  );
}
