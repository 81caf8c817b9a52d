import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AutomationRuleRun } from './automation-queries.ts';

const COLOURS: Record<AutomationRuleRun['status'], string> = {
  scheduled: 'blue',
  succeeded: 'green',
  skipped: 'gray',
  failed: 'red',
};

export function RunStatusBadge({ status }: { status: AutomationRuleRun['status'] }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLOURS[status]} variant="dot">
      {t(`automation.runs.statuses.${status}`)}
    </Badge>
  );
}
