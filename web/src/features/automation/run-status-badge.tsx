import { useTranslation } from 'react-i18next';
import { StatusBadge, type StatusColour } from '../../ui/status-badge.tsx';
import type { AutomationRuleRun } from './automation-queries.ts';

const COLOURS: Record<AutomationRuleRun['status'], StatusColour> = {
  scheduled: 'blue',
  succeeded: 'green',
  skipped: 'gray',
  failed: 'red',
};

export function RunStatusBadge({ status }: { status: AutomationRuleRun['status'] }) {
  const { t } = useTranslation();
  return <StatusBadge colour={COLOURS[status]} label={t(`automation.runs.statuses.${status}`)} />;
}
