import { Button, Group, Stack, Table, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx';
import { DataTable } from '../../ui/data-table.tsx';
import { EmptyState } from '../../ui/empty-state.tsx';
import { ErrorState } from '../../ui/error-state.tsx';
import { LoadingState } from '../../ui/loading-state.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { useMe } from '../auth/me-query.ts';
import { EvaluateTiersButton } from './evaluate-tiers-button.tsx';
import { GracePeriodForm } from './grace-period-form.tsx';
import { TierBadge, TierBenefits, TierRulesText } from './tier-benefits.tsx';
import { TierModal } from './tier-modal.tsx';
import { deleteTier, type PartnerTier, TIERS_KEY, tiersQuery } from './tiers-api.ts';

/** The partner programme's tiers, best first: benefits, qualification rules, and evaluating them. */
export function TiersPage() {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const tiers = useQuery(tiersQuery);
  const [editing, setEditing] = useState<PartnerTier | 'new' | null>(null);
  const [deleting, setDeleting] = useState<PartnerTier | null>(null);
  const canManage = me.permissions.includes('tiers:manage');
  const refresh = () => void queryClient.invalidateQueries({ queryKey: TIERS_KEY });
  const nextRank = Math.max(0, ...(tiers.data ?? []).map((tier) => tier.rank)) + 10;

  return (
    <>
      <PageHeader
        title={t('tiers.title')}
        description={t('tiers.description')}
        actions={
          canManage ? (
            <>
              <EvaluateTiersButton />
              <Button onClick={() => setEditing('new')}>{t('tiers.create')}</Button>
            </>
          ) : null
        }
      />
      <Stack gap="xl">
        {tiers.error ? (
          <ErrorState error={tiers.error} onRetry={() => void tiers.refetch()} />
        ) : !tiers.data ? (
          <LoadingState />
        ) : tiers.data.length === 0 ? (
          <EmptyState>{t(canManage ? 'tiers.emptyManager' : 'tiers.empty')}</EmptyState>
        ) : (
          <DataTable
            minWidth={760}
            hasRowActions={canManage}
            columns={[t('tiers.columns.tier'), t('tiers.columns.benefits'), t('tiers.columns.rules')]}
          >
            {tiers.data.map((tier) => (
              <Table.Tr key={tier.id}>
                <Table.Td>
                  <TierBadge tier={tier} />
                </Table.Td>
                <Table.Td>
                  <TierBenefits tier={tier} />
                </Table.Td>
                <Table.Td>
                  <TierRulesText tier={tier} />
                </Table.Td>
                {canManage ? (
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Button
                        size="xs"
                        variant="default"
                        aria-label={t('tiers.editTier', { name: tier.name })}
                        onClick={() => setEditing(tier)}
                      >
                        {t('common.edit')}
                      </Button>
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        aria-label={t('tiers.deleteTier', { name: tier.name })}
                        onClick={() => setDeleting(tier)}
                      >
                        {t('common.delete')}
                      </Button>
                    </Group>
                  </Table.Td>
                ) : null}
              </Table.Tr>
            ))}
          </DataTable>
        )}
        <Stack gap="sm">
          <Title order={2} size="h3">
            {t('tiers.grace.heading')}
          </Title>
          <GracePeriodForm canManage={canManage} />
        </Stack>
      </Stack>
      {editing ? (
        <TierModal
          tier={editing === 'new' ? null : editing}
          nextRank={nextRank}
          onClose={() => setEditing(null)}
          onSaved={() => {
            refresh();
            setEditing(null);
          }}
        />
      ) : null}
      <ConfirmDialog
        opened={deleting !== null}
        title={t('tiers.deleteTitle', { name: deleting?.name ?? '' })}
        confirmLabel={t('common.delete')}
        confirmColor="red"
        onClose={() => setDeleting(null)}
        onConfirm={async () => {
          if (deleting) await deleteTier(deleting);
          refresh();
        }}
      >
        {t('tiers.deleteBody')}
      </ConfirmDialog>
    </>
  );
}
