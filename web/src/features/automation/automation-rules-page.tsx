import { Anchor, Button, Stack, Switch, Table } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ifMatch } from '../../api/client.ts';
import { unwrap } from '../../api/problem.ts';
import { useCursorList } from '../../api/use-cursor-list.ts';
import { useEventTypeLabels } from '../../i18n/event-type-label.ts';
import { DataTable } from '../../ui/data-table.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { PagedList } from '../../ui/paged-list.tsx';
import { DeleteRuleButton } from './delete-rule-button.tsx';
import { LastRunOutcome } from './last-run-outcome.tsx';
import type { AutomationRule } from './rule-form-values.ts';

const RULES_QUERY_KEY = ['automation', 'rules'];

/** The workspace's automation rules: what each listens for, whether it is on, how it last ran. */
export function AutomationRulesPage() {
  const { t } = useTranslation();
  const rules = useCursorList({
    queryKey: [...RULES_QUERY_KEY, 'list'],
    fetchPage: async (cursor) =>
      unwrap(await api.GET('/api/v1/automation-rules', { params: { query: { cursor } } })),
  });

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('automation.title')}
        description={t('automation.intro')}
        actions={
          <Button component={Link} to="/console/automation/new">
            {t('automation.newRule')}
          </Button>
        }
      />
      <PagedList list={rules} empty={t('automation.empty')}>
        <DataTable
          minWidth={720}
          highlightOnHover
          columns={[
            t('automation.columns.name'),
            t('automation.columns.trigger'),
            t('automation.columns.enabled'),
            t('automation.columns.lastRun'),
            t('common.actions'),
          ]}
        >
          {rules.items.map((rule) => (
            <RuleRow key={rule.id} rule={rule} />
          ))}
        </DataTable>
      </PagedList>
    </Stack>
  );
}

function RuleRow({ rule }: { rule: AutomationRule }) {
  const { t } = useTranslation();
  const labels = useEventTypeLabels();
  const queryClient = useQueryClient();
  const [isEnabled, setIsEnabled] = useState(rule.isEnabled);
  const toggle = useMutation({
    mutationFn: async (next: boolean) =>
      unwrap(
        await api.PATCH('/api/v1/automation-rules/{id}', {
          params: { path: { id: rule.id } },
          headers: ifMatch(rule.version),
          body: { isEnabled: next },
        }),
      ),
    onMutate: (next) => setIsEnabled(next),
    onError: (error) => {
      setIsEnabled(rule.isEnabled);
      notifications.show({
        color: 'red',
        message: error.message,
      });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: RULES_QUERY_KEY }),
  });
  return (
    <Table.Tr>
      <Table.Td>
        <Anchor
          renderRoot={(props) => (
            <Link {...props} to="/console/automation/$ruleId" params={{ ruleId: rule.id }} />
          )}
        >
          {rule.name}
        </Anchor>
      </Table.Td>
      <Table.Td>{labels.eventType(rule.eventType)}</Table.Td>
      <Table.Td>
        <Switch
          checked={isEnabled}
          disabled={toggle.isPending}
          aria-label={t('automation.enabledFor', { name: rule.name })}
          label={isEnabled ? t('automation.on') : t('automation.off')}
          onChange={(event) => toggle.mutate(event.currentTarget.checked)}
        />
      </Table.Td>
      <Table.Td>
        <LastRunOutcome ruleId={rule.id} />
      </Table.Td>
      <Table.Td>
        <DeleteRuleButton rule={rule} />
      </Table.Td>
    </Table.Tr>
  );
}
