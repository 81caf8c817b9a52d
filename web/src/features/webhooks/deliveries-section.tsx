import { Alert, Button, Group, NativeSelect, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PagedList } from '../../ui/paged-list.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { DeliveriesTable } from './deliveries-table.tsx';
import { DeliveryDetailModal } from './delivery-detail-modal.tsx';
import {
  useReplayWebhookDelivery,
  useWebhookDeliveries,
  type WebhookDeliveryStatus,
} from './webhook-queries.ts';

const STATUS_FILTERS = ['all', 'pending', 'delivered', 'failed'] as const;
type StatusFilter = (typeof STATUS_FILTERS)[number];

const isStatusFilter = (value: string): value is StatusFilter =>
  (STATUS_FILTERS as readonly string[]).includes(value);

/** The endpoint's deliveries, newest first, with their attempts and a replay for each. */
export function DeliveriesSection({ endpointId }: { endpointId: string }) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<StatusFilter>('all');
  const [openId, setOpenId] = useState<string | null>(null);
  const status: WebhookDeliveryStatus | null = filter === 'all' ? null : filter;
  const deliveries = useWebhookDeliveries(endpointId, status);
  const replay = useReplayWebhookDelivery();

  return (
    <section aria-labelledby="deliveries-heading">
      <Group justify="space-between" align="flex-end" mb="sm">
        <Title order={2} size="h3" id="deliveries-heading">
          {t('webhooks.deliveries.title')}
        </Title>
        <Group gap="sm" align="flex-end">
          <NativeSelect
            label={t('webhooks.deliveries.filter')}
            size="xs"
            value={filter}
            data={STATUS_FILTERS.map((value) => ({
              value,
              label: t(
                value === 'all' ? 'webhooks.deliveries.allStatuses' : `webhooks.deliveries.status.${value}`,
              ),
            }))}
            onChange={(event) => {
              const next = event.currentTarget.value;
              if (isStatusFilter(next)) setFilter(next);
            }}
          />
          <Button size="xs" variant="default" onClick={deliveries.refetch}>
            {t('webhooks.deliveries.refresh')}
          </Button>
        </Group>
      </Group>
      {replay.isSuccess ? (
        <Alert
          color="green"
          variant="light"
          role="status"
          mb="sm"
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={replay.reset}
        >
          {t('webhooks.deliveries.replayQueued')}
        </Alert>
      ) : null}
      <ProblemAlert error={replay.error} mb="sm" onClose={replay.reset} />
      <PagedList
        list={deliveries}
        empty={t(filter === 'all' ? 'webhooks.deliveries.empty' : 'webhooks.deliveries.emptyFiltered')}
      >
        <DeliveriesTable
          deliveries={deliveries.items}
          replayingId={replay.isPending ? (replay.variables ?? null) : null}
          onOpen={(delivery) => setOpenId(delivery.id)}
          onReplay={(delivery) => replay.mutate(delivery.id)}
        />
      </PagedList>
      <DeliveryDetailModal deliveryId={openId} onClose={() => setOpenId(null)} />
    </section>
  );
}
