import { Alert, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessageOf } from '../../api/form-problems.ts';
import { useFormat } from '../../i18n/use-format.ts';
import { ErrorState } from '../../ui/error-state.tsx';
import { LoadingState } from '../../ui/loading-state.tsx';
import { useMe } from '../auth/me-query.ts';
import { SetTierModal } from './set-tier-modal.tsx';
import { TierBadge, TierBenefits } from './tier-benefits.tsx';
import { TierHistory } from './tier-history.tsx';
import { evaluatePartnerTier, type TierStatus, tierChangesKey, tierStatusQuery } from './tiers-api.ts';

/** On a partner's console page: its tier, a pending downgrade, setting it by hand, and its history. */
export function PartnerTierCard({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe();
  const queryClient = useQueryClient();
  const status = useQuery(tierStatusQuery(organisationId));
  const [isSetting, setIsSetting] = useState(false);
  const [isEvaluating, setIsEvaluating] = useState(false);
  const canManage = me.permissions.includes('tiers:manage');

  const show = (next: TierStatus) => {
    queryClient.setQueryData(tierStatusQuery(organisationId).queryKey, next);
    void queryClient.invalidateQueries({ queryKey: tierChangesKey(organisationId) });
    void queryClient.invalidateQueries({ queryKey: ['organisations'] });
  };
  const evaluate = async () => {
    setIsEvaluating(true);
    try {
      show(await evaluatePartnerTier(organisationId));
      notifications.show({ color: 'green', message: t('tiers.profile.evaluated') });
    } catch (error) {
      notifications.show({ color: 'red', message: problemMessageOf(error, t) });
    }
    setIsEvaluating(false);
  };

  return (
    <Paper withBorder p="lg" radius="md">
      <Group justify="space-between" mb="md">
        <Title order={2} size="h3">
          {t('tiers.profile.heading')}
        </Title>
        {canManage && status.data ? (
          <Group gap="sm">
            <Button variant="default" loading={isEvaluating} onClick={() => void evaluate()}>
              {t('tiers.profile.evaluate')}
            </Button>
            <Button variant="default" onClick={() => setIsSetting(true)}>
              {t('tiers.profile.set')}
            </Button>
          </Group>
        ) : null}
      </Group>
      {status.error ? (
        <ErrorState error={status.error} onRetry={() => void status.refetch()} />
      ) : !status.data ? (
        <LoadingState />
      ) : (
        <Stack>
          <Group gap="sm">
            {status.data.tier ? <TierBadge tier={status.data.tier} /> : <Text>{t('tiers.none')}</Text>}
            {status.data.isLocked ? <Badge variant="outline">{t('tiers.profile.locked')}</Badge> : null}
          </Group>
          {status.data.tier ? <TierBenefits tier={status.data.tier} /> : null}
          {status.data.pendingDowngrade ? (
            <Alert color="orange" variant="light" title={t('tiers.profile.pendingTitle')}>
              {t('tiers.profile.pendingBody', {
                tier: status.data.pendingDowngrade.tier?.name ?? t('tiers.none'),
                date: format.date(status.data.pendingDowngrade.effectiveAt),
              })}
            </Alert>
          ) : null}
          <Title order={3} size="h4">
            {t('tiers.history.heading')}
          </Title>
          <TierHistory organisationId={organisationId} />
        </Stack>
      )}
      {isSetting && status.data ? (
        <SetTierModal
          organisationId={organisationId}
          status={status.data}
          onClose={() => setIsSetting(false)}
          onSaved={(next) => {
            show(next);
            setIsSetting(false);
            notifications.show({ color: 'green', message: t('tiers.profile.saved') });
          }}
        />
      ) : null}
    </Paper>
  );
}
