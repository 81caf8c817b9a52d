import { useTranslation } from 'react-i18next';
import { StatusBadge, type StatusColour } from '../../ui/status-badge.tsx';
import type { RequirementCompliance } from './compliance-queries.ts';

/** Compliant or not, as a channel manager reads it at a glance. */
export function ComplianceBadge({ isCompliant }: { isCompliant: boolean }) {
  const { t } = useTranslation();
  return (
    <StatusBadge
      colour={isCompliant ? 'green' : 'red'}
      label={t(isCompliant ? 'compliance.status.compliant' : 'compliance.status.nonCompliant')}
    />
  );
}

const STATE_COLOURS: Record<RequirementCompliance['state'], StatusColour> = {
  met: 'green',
  expiring: 'orange',
  expired: 'red',
  submitted: 'blue',
  rejected: 'red',
  missing: 'gray',
};

export function RequirementStateBadge({ state }: { state: RequirementCompliance['state'] }) {
  const { t } = useTranslation();
  return <StatusBadge colour={STATE_COLOURS[state]} label={t(`compliance.state.${state}`)} />;
}
