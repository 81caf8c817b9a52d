import { Card, Group, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../ui/error-state.tsx';
import { LoadingState } from '../../ui/loading-state.tsx';
import { type PartnerHealth, usePartnerHealth } from './health-api.ts';
import { HealthBadge } from './health-badge.tsx';

/** On a partner's profile: its health score and what it is made of. */
export function PartnerHealthCard({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const health = usePartnerHealth(organisationId);
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="partner-health-title">
      <Stack>
        <Group justify="space-between">
          <Title order={2} size="h3" id="partner-health-title">
            {t('health.title')}
          </Title>
          {health.data ? <HealthBadge health={health.data} /> : null}
        </Group>
        {health.isPending ? (
          <LoadingState />
        ) : health.error ? (
          <ErrorState error={health.error} onRetry={() => void health.refetch()} />
        ) : (
          <HealthComponents health={health.data} />
        )}
      </Stack>
    </Card>
  );
}

function HealthComponents({ health }: { health: PartnerHealth }) {
  const { t } = useTranslation();
  const { metrics } = health;
  const details: Record<PartnerHealth['components'][number]['key'], string> = {
    logins: t('health.details.logins', {
      signedIn: metrics.usersSignedInRecently,
      active: metrics.activeUsers,
    }),
    onboarding:
      metrics.onboardingTotalSteps === null
        ? t('health.details.noOnboarding')
        : t('health.details.onboarding', {
            done: metrics.onboardingCompletedSteps ?? 0,
            total: metrics.onboardingTotalSteps,
          }),
    deals: t('health.notAvailable'),
    recency:
      metrics.daysSinceLastActivity === null
        ? t('health.details.neverActive')
        : metrics.daysSinceLastActivity === 0
          ? t('health.details.activeToday')
          : t('health.details.recency', { count: metrics.daysSinceLastActivity }),
  };
  return (
    <>
      <Table aria-label={t('health.componentsLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('health.columns.component')}</Table.Th>
            <Table.Th scope="col">{t('health.columns.weight')}</Table.Th>
            <Table.Th scope="col">{t('health.columns.value')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {health.components.map((component) => {
            const label = t(`health.components.${component.key}`);
            return (
              <Table.Tr key={component.key}>
                <Table.Th scope="row">
                  <Text size="sm" fw={600}>
                    {label}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {details[component.key]}
                  </Text>
                </Table.Th>
                <Table.Td>{component.weight}</Table.Td>
                <Table.Td miw={160}>
                  {component.value === null ? (
                    <Text size="sm" c="dimmed">
                      {t('health.notAvailable')}
                    </Text>
                  ) : (
                    <Progress
                      value={component.value * 100}
                      aria-label={t('health.valueLabel', {
                        component: label,
                        percent: Math.round(component.value * 100),
                      })}
                    />
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <Text size="xs" c="dimmed">
        {t('health.explanation')}
      </Text>
    </>
  );
}
