import { Group, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { unwrap } from '../../api/problem.ts';
import { useFormat } from '../../i18n/use-format.ts';
import { StatusBadge } from '../../ui/status-badge.tsx';
import { RunStatusBadge } from './run-status-badge.tsx';

/** The newest entry of a rule's run log, or that it has not run yet. */
export function LastRunOutcome({ ruleId }: { ruleId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const lastRun = useQuery({
    queryKey: ['automation', 'rules', ruleId, 'runs', 'last'],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/automation-rules/{id}/runs', {
          params: { path: { id: ruleId }, query: { limit: 1 } },
        }),
      ).data[0] ?? null,
  });
  if (lastRun.isPending)
    return (
      <Text size="sm" c="dimmed">
        {t('common.loading')}
      </Text>
    );
  if (lastRun.error) return <StatusBadge colour="gray" label={t('automation.runs.unknown')} />;
  if (!lastRun.data)
    return (
      <Text size="sm" c="dimmed">
        {t('automation.runs.never')}
      </Text>
    );
  return (
    <Group gap="xs" wrap="nowrap">
      <RunStatusBadge status={lastRun.data.status} />
      <Text size="sm" c="dimmed">
        {format.relative(lastRun.data.executedAt ?? lastRun.data.createdAt)}
      </Text>
    </Group>
  );
}
