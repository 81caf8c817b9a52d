import { SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format.ts';
import { ErrorState } from '../../ui/error-state.tsx';
import { StatCard } from '../../ui/stat-card.tsx';
import { useOnboardingMetrics } from './onboarding-api.ts';

/** Completion rate, median days to complete and time-to-first-deal across every journey. */
export function OnboardingMetricsCards() {
  const { t } = useTranslation();
  const format = useFormat();
  const metrics = useOnboardingMetrics();
  if (metrics.error) return <ErrorState error={metrics.error} onRetry={() => void metrics.refetch()} />;
  const overall = metrics.data?.overall;
  const days = (value: number | null | undefined) =>
    value === null || value === undefined
      ? null
      : t('onboarding.metrics.days', { count: value, value: format.number(value) });
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }}>
      <StatCard
        label={t('onboarding.metrics.completionRate')}
        hint={t('onboarding.metrics.completionHint', {
          completed: overall?.completed ?? 0,
          started: overall?.started ?? 0,
        })}
        value={
          overall?.completionRate === null || overall === undefined
            ? null
            : `${format.number(Math.round(overall.completionRate * 100))} %`
        }
        isLoading={metrics.isPending}
      />
      <StatCard
        label={t('onboarding.metrics.medianDays')}
        hint={t('onboarding.metrics.medianDaysHint')}
        value={days(overall?.medianDaysToComplete)}
        isLoading={metrics.isPending}
      />
      <StatCard
        label={t('onboarding.metrics.timeToFirstDeal')}
        hint={
          overall && overall.withFirstDeal > 0
            ? t('onboarding.metrics.timeToFirstDealHint', { count: overall.withFirstDeal })
            : t('onboarding.metrics.noDealsYet')
        }
        value={days(overall?.medianDaysToFirstDeal)}
        isLoading={metrics.isPending}
      />
    </SimpleGrid>
  );
}
