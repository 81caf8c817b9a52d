import { useTranslation } from 'react-i18next';
import { StatusBadge, type StatusColour } from '../../ui/status-badge.tsx';
import type { WebhookDeliveryStatus } from './webhook-queries.ts';

const COLOURS: Record<WebhookDeliveryStatus, StatusColour> = {
  pending: 'blue',
  delivered: 'green',
  failed: 'red',
};

export function DeliveryStatusBadge({ status }: { status: WebhookDeliveryStatus }) {
  const { t } = useTranslation();
  return <StatusBadge colour={COLOURS[status]} label={t(`webhooks.deliveries.status.${status}`)} />;
}
