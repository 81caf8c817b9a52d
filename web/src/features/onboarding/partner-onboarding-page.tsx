import { Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format.ts';
import { EmptyState } from '../../ui/empty-state.tsx';
import { ErrorState } from '../../ui/error-state.tsx';
import { LoadingState } from '../../ui/loading-state.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { useMe } from '../auth/me-query.ts';
import { useLatestEnrolment } from './onboarding-api.ts';
import { OnboardingChecklist } from './onboarding-checklist.tsx';

/** The partner's onboarding checklist: its current (or last) journey, step by step. */
export function PartnerOnboardingPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe();
  const latest = useLatestEnrolment();
  const canTick = me.permissions.includes('onboarding:complete_steps');

  return (
    <>
      <PageHeader title={t('onboarding.portal.title')} description={t('onboarding.portal.description')} />
      {latest.isPending ? (
        <LoadingState />
      ) : latest.error ? (
        <ErrorState error={latest.error} onRetry={() => void latest.refetch()} />
      ) : latest.data === null ? (
        <EmptyState>{t('onboarding.portal.empty')}</EmptyState>
      ) : (
        <Card withBorder padding="lg">
          <Stack>
            <Stack gap={2}>
              <Title order={2} size="h3">
                {latest.data.journeyName}
              </Title>
              <Text size="sm" c="dimmed">
                {t('onboarding.startedOn', { date: format.date(latest.data.startedAt) })}
              </Text>
            </Stack>
            {!canTick ? (
              <Text size="sm" c="dimmed">
                {t('onboarding.portal.adminTicks')}
              </Text>
            ) : null}
            <OnboardingChecklist enrolment={latest.data} canTick={canTick} area="portal" />
          </Stack>
        </Card>
      )}
    </>
  );
}
