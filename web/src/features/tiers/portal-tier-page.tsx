import { Alert, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format.ts';
import { ErrorState } from '../../ui/error-state.tsx';
import { LoadingState } from '../../ui/loading-state.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { useMe } from '../auth/me-query.ts';
import { TierBadge, TierBenefits } from './tier-benefits.tsx';
import { tierStatusQuery } from './tiers-api.ts';

/** The partner's own tier, what it gives, and what it takes to reach the next one. Read-only. */
export function PortalTierPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe();
  const status = useQuery(tierStatusQuery(me.organisation.id));

  if (status.error) return <ErrorState error={status.error} onRetry={() => void status.refetch()} />;
  if (!status.data) return <LoadingState />;
  const { tier, pendingDowngrade, nextTier } = status.data;

  return (
    <Stack gap="lg">
      <PageHeader title={t('tiers.portal.title')} description={t('tiers.portal.description')} />
      <Paper withBorder p="lg" radius="md">
        <Title order={2} size="h3" mb="md">
          {t('tiers.portal.current')}
        </Title>
        {tier ? (
          <Stack>
            <Group>
              <TierBadge tier={tier} />
              {tier.description ? <Text c="dimmed">{tier.description}</Text> : null}
            </Group>
            <TierBenefits tier={tier} />
          </Stack>
        ) : (
          <Text>{t('tiers.portal.noTier')}</Text>
        )}
        {pendingDowngrade ? (
          <Alert color="orange" variant="light" mt="md" title={t('tiers.portal.pendingTitle')}>
            {t('tiers.portal.pendingBody', {
              tier: pendingDowngrade.tier?.name ?? t('tiers.none'),
              date: format.date(pendingDowngrade.effectiveAt),
            })}
          </Alert>
        ) : null}
      </Paper>
      <Paper withBorder p="lg" radius="md">
        <Title order={2} size="h3" mb="md">
          {nextTier ? t('tiers.portal.next', { tier: nextTier.tier.name }) : t('tiers.portal.topTitle')}
        </Title>
        {!nextTier ? (
          <Text>{t('tiers.portal.top')}</Text>
        ) : (
          <Stack>
            <TierBenefits tier={nextTier.tier} />
            {nextTier.rules.map((rule) => (
              <Stack key={rule.metric} gap={4}>
                <Group justify="space-between">
                  <Text size="sm">{t(`tiers.metrics.${rule.metric}`)}</Text>
                  <Text size="sm" c={rule.isMet ? 'green.9' : undefined}>
                    {t(rule.isMet ? 'tiers.portal.met' : 'tiers.portal.progress', {
                      actual: format.number(rule.actual),
                      minimum: format.number(rule.minimum),
                    })}
                  </Text>
                </Group>
                <Progress
                  value={Math.min(100, rule.minimum === 0 ? 100 : (rule.actual / rule.minimum) * 100)}
                  color={rule.isMet ? 'green' : 'blue'}
                  aria-label={t(`tiers.metrics.${rule.metric}`)}
                />
              </Stack>
            ))}
          </Stack>
        )}
      </Paper>
    </Stack>
  );
}
