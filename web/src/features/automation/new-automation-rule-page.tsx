import { Anchor, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { unwrap } from '../../api/problem.ts';
import { ErrorState } from '../../ui/error-state.tsx';
import { LoadingState } from '../../ui/loading-state.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { catalogueQueryOptions } from './automation-queries.ts';
import { AutomationRuleForm } from './automation-rule-form.tsx';
import { EMPTY_RULE } from './rule-form-values.ts';

export function NewAutomationRulePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const catalogue = useQuery(catalogueQueryOptions);
  return (
    <Stack gap="lg" maw={960}>
      <Anchor component={Link} to="/console/automation" size="sm">
        {t('automation.backToRules')}
      </Anchor>
      <PageHeader title={t('automation.newRuleTitle')} description={t('automation.newRuleIntro')} />
      {catalogue.isPending ? (
        <LoadingState />
      ) : catalogue.error ? (
        <ErrorState error={catalogue.error} onRetry={() => void catalogue.refetch()} />
      ) : (
        <AutomationRuleForm
          catalogue={catalogue.data}
          initialValues={EMPTY_RULE}
          submitLabel={t('automation.form.create')}
          onSave={async (request) => {
            const created = unwrap(await api.POST('/api/v1/automation-rules', { body: request }));
            await queryClient.invalidateQueries({ queryKey: ['automation', 'rules'] });
            notifications.show({
              color: 'green',
              message: t('automation.form.created'),
            });
            await navigate({ to: '/console/automation/$ruleId', params: { ruleId: created.id } });
          }}
        />
      )}
    </Stack>
  );
}
