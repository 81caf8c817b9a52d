import { useTranslation } from 'react-i18next';
import { StatusBadge, type StatusColour } from '../../ui/status-badge.tsx';
import type { PartnerImport } from './imports-api.ts';

const COLOURS: Record<PartnerImport['status'], StatusColour> = {
  uploaded: 'gray',
  mapped: 'blue',
  validating: 'blue',
  ready_for_review: 'orange',
  importing: 'blue',
  completed: 'green',
  failed: 'red',
};

export function ImportStatusBadge({ status }: { status: PartnerImport['status'] }) {
  const { t } = useTranslation();
  return <StatusBadge colour={COLOURS[status]} label={t(`imports.statuses.${status}`)} />;
}
