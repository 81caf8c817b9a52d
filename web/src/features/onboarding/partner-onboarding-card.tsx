import { Button, Card, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formProblemsOf } from '../../api/form-problems.ts';
import { useFormat } from '../../i18n/use-format.ts';
import { ErrorState } from '../../ui/error-state.tsx';
import { LoadingState } from '../../ui/loading-state.tsx';
import { useMe } from '../auth/me-query.ts';
import { useJourneys, useLatestEnrolment, useStartOnboarding } from './onboarding-api.ts';
import { OnboardingChecklist } from './onboarding-checklist.tsx';

const BEST_FIT = 'best-fit';

/** On a partner's profile in the console: its onboarding progress, and "Start onboarding". */
export function PartnerOnboardingCard({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe();
  const latest = useLatestEnrolment(organisationId);
  const canManage = me.permissions.includes('onboarding:manage');
  const canStart = canManage && latest.data !== undefined && latest.data?.status !== 'in_progress';

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="partner-onboarding-title">
      <Stack>
        <Title order={2} size="h3" id="partner-onboarding-title">
          {t('onboarding.card.title')}
        </Title>
        {latest.isPending ? (
          <LoadingState />
        ) : latest.error ? (
          <ErrorState error={latest.error} onRetry={() => void latest.refetch()} />
        ) : (
          <>
            {latest.data ? (
              <Stack gap="xs">
                <Text size="sm">
                  {t('onboarding.card.journey', {
                    name: latest.data.journeyName,
                    date: format.date(latest.data.startedAt),
                  })}
                </Text>
                <OnboardingChecklist enrolment={latest.data} canTick={canManage} area="console" />
              </Stack>
            ) : (
              <Text c="dimmed">{t('onboarding.card.none')}</Text>
            )}
            {canStart ? <StartOnboardingForm organisationId={organisationId} /> : null}
          </>
        )}
      </Stack>
    </Card>
  );
}

function StartOnboardingForm({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const journeys = useJourneys();
  const start = useStartOnboarding();
  const [journeyId, setJourneyId] = useState<string>(BEST_FIT);
  const problems = start.error ? formProblemsOf(start.error, t) : null;
  const active = journeys.items.filter((journey) => journey.status === 'active');

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        start.mutate({ organisationId, ...(journeyId === BEST_FIT ? {} : { journeyId }) });
      }}
    >
      <Group align="flex-end">
        <Select
          label={t('onboarding.card.journeyLabel')}
          data={[
            { value: BEST_FIT, label: t('onboarding.card.bestFit') },
            ...active.map((journey) => ({ value: journey.id, label: journey.name })),
          ]}
          value={journeyId}
          onChange={(value) => setJourneyId(value ?? BEST_FIT)}
          allowDeselect={false}
          error={problems?.fields.journeyId ?? problems?.fields.organisationId ?? problems?.form ?? null}
          miw={260}
        />
        <Button type="submit" loading={start.isPending}>
          {t('onboarding.card.start')}
        </Button>
      </Group>
    </form>
  );
}
