import { useTranslation } from 'react-i18next';
import { StatusBadge, type StatusColour } from '../../ui/status-badge.tsx';
import type { DisputeStatus } from './deal-collaboration-api.ts';

const COLOURS: Record<DisputeStatus, StatusColour> = { open: 'orange', upheld: 'green', dismissed: 'gray' };

export function DisputeStatusBadge({ status }: { status: DisputeStatus }) {
  const { t } = useTranslation();
  return <StatusBadge colour={COLOURS[status]} label={t(`dealCollaboration.statuses.${status}`)} />;
}
