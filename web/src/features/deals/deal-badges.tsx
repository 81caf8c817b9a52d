import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { StatusBadge, type StatusColour } from '../../ui/status-badge.tsx';
import type { ConflictOutcome, DealStatus } from './deal-queries.ts';

const STATUS_COLOURS: Record<DealStatus, StatusColour> = {
  pending_approval: 'blue',
  more_info_requested: 'orange',
  approved: 'green',
  rejected: 'red',
  expired: 'gray',
  withdrawn: 'gray',
};

export function DealStatusBadge({ status }: { status: DealStatus }) {
  const { t } = useTranslation();
  return <StatusBadge colour={STATUS_COLOURS[status]} label={t(`deals.status.${status}`)} />;
}

const OUTCOME_COLOURS: Record<ConflictOutcome, string> = {
  clear: 'green',
  possible_conflict: 'yellow',
  conflict: 'red',
};

/** Light badges with dark text: readable (and contrast-safe) on white in every colour. */
export function ConflictOutcomeBadge({ outcome }: { outcome: ConflictOutcome }) {
  const { t } = useTranslation();
  return (
    // In a table column the label would otherwise shrink to an ellipsis instead of the column growing.
    <Badge
      variant="light"
      color={OUTCOME_COLOURS[outcome]}
      c="dark.8"
      styles={{ label: { overflow: 'visible' } }}
    >
      {t(`deals.outcome.${outcome}`)}
    </Badge>
  );
}
