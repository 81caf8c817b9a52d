import { Button, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { unwrap } from '../../api/problem.ts';
import { useCursorList } from '../../api/use-cursor-list.ts';
import { useFormat } from '../../i18n/use-format.ts';
import { DataTable } from '../../ui/data-table.tsx';
import { PagedList } from '../../ui/paged-list.tsx';
import { actionKindLabel } from './action-labels.ts';
import type { AutomationRuleRun } from './automation-queries.ts';
import { RunStatusBadge } from './run-status-badge.tsx';

const STATUSES: AutomationRuleRun['status'][] = ['scheduled', 'succeeded', 'skipped', 'failed'];

/** What the rule did: one line per action per matching event, newest first. */
export function RuleRunLog({ ruleId, actionCount }: { ruleId: string; actionCount: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [status, setStatus] = useState<AutomationRuleRun['status'] | null>(null);
  const runs = useCursorList({
    queryKey: ['automation', 'rules', ruleId, 'runs', status],
    fetchPage: async (cursor) =>
      unwrap(
        await api.GET('/api/v1/automation-rules/{id}/runs', {
          params: { path: { id: ruleId }, query: { cursor, status: status ?? undefined } },
        }),
      ),
  });

  return (
    <Paper withBorder p="lg" radius="md">
      <Stack gap="md">
        <Group justify="space-between" align="flex-end">
          <div>
            <Title order={2} size="h4">
              {t('automation.runs.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('automation.runs.intro')}
            </Text>
          </div>
          <Group gap="sm" align="flex-end">
            <Select
              label={t('automation.runs.statusFilter')}
              placeholder={t('automation.runs.allStatuses')}
              data={STATUSES.map((value) => ({ value, label: t(`automation.runs.statuses.${value}`) }))}
              value={status}
              onChange={(next) => setStatus(next as AutomationRuleRun['status'] | null)}
              clearable
              clearButtonProps={{
                'aria-label': t('automation.clearField', { field: t('automation.runs.statusFilter') }),
              }}
              w={200}
            />
            <Button variant="default" onClick={runs.refetch}>
              {t('automation.runs.refresh')}
            </Button>
          </Group>
        </Group>
        <PagedList
          list={runs}
          empty={status ? t('automation.runs.emptyFiltered') : t('automation.runs.empty')}
        >
          <DataTable
            minWidth={720}
            verticalSpacing="xs"
            aria-label={t('automation.runs.title')}
            columns={[
              t('automation.runs.time'),
              t('automation.runs.event'),
              t('automation.runs.action'),
              t('automation.runs.outcome'),
              t('automation.runs.details'),
            ]}
          >
            {runs.items.map((run) => (
              <Table.Tr key={run.id}>
                <Table.Td>{format.dateTime(run.executedAt ?? run.createdAt)}</Table.Td>
                <Table.Td>
                  <Text size="xs" ff="monospace">
                    {run.eventId}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {actionCount > 1
                    ? t('automation.runs.actionAt', {
                        position: run.actionIndex + 1,
                        kind: actionKindLabel(t, run.actionType),
                      })
                    : actionKindLabel(t, run.actionType)}
                </Table.Td>
                <Table.Td>
                  <RunStatusBadge status={run.status} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {run.status === 'scheduled' && run.scheduledFor
                      ? t('automation.runs.scheduledFor', { time: format.dateTime(run.scheduledFor) })
                      : (run.message ?? '')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </DataTable>
        </PagedList>
      </Stack>
    </Paper>
  );
}
