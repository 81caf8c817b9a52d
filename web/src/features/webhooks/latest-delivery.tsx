import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format.ts';
import { DeliveryStatusBadge } from './delivery-status-badge.tsx';
import { useLatestDelivery } from './webhook-queries.ts';

/** The newest delivery of one endpoint: when, and whether it arrived. */
export function LatestDelivery({ endpointId }: { endpointId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const latest = useLatestDelivery(endpointId);
  if (latest.isPending) return <Text size="sm">…</Text>;
  if (latest.error) return <Text size="sm">{t('webhooks.latestUnavailable')}</Text>;
  if (latest.data === null) return <Text size="sm">{t('webhooks.noDeliveriesYet')}</Text>;
  return (
    <Group gap="xs" wrap="nowrap">
      <DeliveryStatusBadge status={latest.data.status} />
      <Text size="sm" title={format.dateTime(latest.data.createdAt)}>
        {format.relative(latest.data.createdAt)}
      </Text>
    </Group>
  );
}
