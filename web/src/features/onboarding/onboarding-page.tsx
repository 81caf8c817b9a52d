import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/page-header.tsx';
import { EnrolmentsSection } from './enrolments-section.tsx';
import { JourneysSection } from './journeys-section.tsx';
import { OnboardingMetricsCards } from './onboarding-metrics.tsx';

/** Onboarding in the console: how it goes (metrics), the journeys, and each partner's progress. */
export function OnboardingPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('onboarding.title')} description={t('onboarding.description')} />
      <Stack gap="xl">
        <OnboardingMetricsCards />
        <JourneysSection />
        <EnrolmentsSection />
      </Stack>
    </>
  );
}
