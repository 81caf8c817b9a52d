import { Anchor, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api, ifMatch } from '../../api/client.ts';
import { isApiError, unwrap } from '../../api/problem.ts';
import { ErrorState } from '../../ui/error-state.tsx';
import { LoadingState } from '../../ui/loading-state.tsx';
import { MessagePage } from '../../ui/message-page.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { catalogueQueryOptions, ruleQueryOptions } from './automation-queries.ts';
import { AutomationRuleForm } from './automation-rule-form.tsx';
import { DeleteRuleButton } from './delete-rule-button.tsx';
import { ruleFormValuesOf } from './rule-form-values.ts';
import { RuleRunLog } from './rule-run-log.tsx';
import { RuleTestPanel } from './rule-test-panel.tsx';

/** One rule: its form, a dry run against a sample, and what it did so far. */
export function AutomationRulePage() {
  const { t } = useTranslation();
  const { ruleId } = useParams({ from: '/signed-in/console/automation/$ruleId' });
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const rule = useQuery(ruleQueryOptions(ruleId));
  const catalogue = useQuery(catalogueQueryOptions);

  if (isApiError(rule.error, 404)) {
    return (
      <MessagePage
        title={t('automation.notFoundTitle')}
        body={t('automation.notFoundBody')}
        action={{
          label: t('automation.backToRules'),
          onClick: () => navigate({ to: '/console/automation' }),
        }}
      />
    );
  }
  const error = rule.error ?? catalogue.error;
  if (error)
    return (
      <ErrorState error={error} onRetry={() => void Promise.all([rule.refetch(), catalogue.refetch()])} />
    );
  if (!rule.data || !catalogue.data) return <LoadingState />;
  const current = rule.data;

  return (
    <Stack gap="lg" maw={960}>
      <Anchor component={Link} to="/console/automation" size="sm">
        {t('automation.backToRules')}
      </Anchor>
      <PageHeader
        title={current.name}
        description={t('automation.ruleIntro')}
        actions={
          <DeleteRuleButton rule={current} onDeleted={() => void navigate({ to: '/console/automation' })} />
        }
      />
      <AutomationRuleForm
        // A saved version starts the form afresh from what the API kept.
        key={current.version}
        catalogue={catalogue.data}
        initialValues={ruleFormValuesOf(current)}
        submitLabel={t('common.save')}
        onSave={async (request) => {
          const updated = unwrap(
            await api.PATCH('/api/v1/automation-rules/{id}', {
              params: { path: { id: ruleId } },
              headers: ifMatch(current.version),
              body: { ...request, description: request.description ?? null },
            }),
          );
          queryClient.setQueryData(ruleQueryOptions(ruleId).queryKey, updated);
          await queryClient.invalidateQueries({ queryKey: ['automation', 'rules'], exact: false });
          notifications.show({
            color: 'green',
            message: t('automation.form.saved'),
          });
        }}
      />
      <RuleTestPanel rule={current} />
      <RuleRunLog ruleId={ruleId} actionCount={current.actions.length} />
    </Stack>
  );
}
