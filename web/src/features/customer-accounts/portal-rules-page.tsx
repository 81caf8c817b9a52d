import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format.ts';
import { EmptyState } from '../../ui/empty-state.tsx';
import { ErrorState } from '../../ui/error-state.tsx';
import { LoadingState } from '../../ui/loading-state.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { useRulesOfEngagement } from './customer-accounts-api.ts';
import { DirectOnlyList } from './direct-only-list.tsx';
import { MarkdownView } from './markdown-view.tsx';

/** The vendor's rules of engagement as a partner reads them, with the direct-only customers. */
export function PortalRulesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const rules = useRulesOfEngagement();
  return (
    <>
      <PageHeader
        title={t('customerAccounts.rules.title')}
        description={t('customerAccounts.rules.portalDescription')}
      />
      {rules.isPending ? (
        <LoadingState />
      ) : rules.error ? (
        <ErrorState error={rules.error} onRetry={() => void rules.refetch()} />
      ) : !rules.data.markdown ? (
        <EmptyState>{t('customerAccounts.rules.portalEmpty')}</EmptyState>
      ) : (
        <Stack gap="lg">
          {rules.data.publishedAt ? (
            <Text size="sm" c="dimmed">
              {t('customerAccounts.rules.publishedAt', { date: format.dateTime(rules.data.publishedAt) })}
            </Text>
          ) : null}
          <Paper withBorder p="lg">
            <MarkdownView>{rules.data.markdown}</MarkdownView>
          </Paper>
          <section>
            <Title order={2} size="h3" mb="xs">
              {t('customerAccounts.rules.directOnlyTitle')}
            </Title>
            <Text size="sm" mb="xs">
              {t('customerAccounts.rules.portalDirectOnlyHint')}
            </Text>
            <DirectOnlyList accounts={rules.data.directOnlyAccounts} />
          </section>
        </Stack>
      )}
    </>
  );
}
