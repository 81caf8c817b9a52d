import { useTranslation } from 'react-i18next';
import { StatusBadge, type StatusColour } from '../../ui/status-badge.tsx';
import type { ApplicationStatus } from './recruitment-queries.ts';

const COLOURS: Record<ApplicationStatus, StatusColour> = { new: 'blue', approved: 'green', rejected: 'gray' };

export function ApplicationStatusBadge({ status }: { status: ApplicationStatus }) {
  const { t } = useTranslation();
  return <StatusBadge colour={COLOURS[status]} label={t(`recruitment.status.${status}`)} />;
}
