import { Skeleton, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CursorList } from '../../api/use-cursor-list.ts';
import { useFormat } from '../../i18n/use-format.ts';
import { DataTable } from '../../ui/data-table.tsx';
import { EmptyState } from '../../ui/empty-state.tsx';
import { ErrorState } from '../../ui/error-state.tsx';
import { LoadMoreButton } from '../../ui/load-more-button.tsx';
import { RouterAnchor } from '../webhooks/router-anchor.tsx';
import { ConflictOutcomeBadge, DealStatusBadge } from './deal-badges.tsx';
import type { DealRegistration } from './deal-queries.ts';

type DealsTableProps = {
  list: CursorList<DealRegistration>;
  side: 'vendor' | 'partner';
  empty: ReactNode;
};

/** Registrations as a table, for the partner's portal (its own) and the vendor's console (all). */
export function DealsTable({ list, side, empty }: DealsTableProps) {
  const { t } = useTranslation();
  if (list.isPending) return <DealsTableSkeleton />;
  if (list.error) return <ErrorState error={list.error} onRetry={list.refetch} />;
  if (list.items.length === 0) return <EmptyState>{empty}</EmptyState>;
  return (
    <>
      <DataTable
        minWidth={side === 'vendor' ? 980 : 820}
        columns={[
          t('deals.columns.reference'),
          t('deals.columns.customer'),
          side === 'vendor' ? t('deals.columns.partner') : null,
          t('deals.columns.amount'),
          t('deals.columns.status'),
          t('deals.columns.conflict'),
          t('deals.columns.dueOrProtected'),
        ]}
      >
        {list.items.map((deal) => (
          <DealRow key={deal.id} deal={deal} side={side} />
        ))}
      </DataTable>
      <LoadMoreButton hasMore={list.hasMore} isLoadingMore={list.isLoadingMore} loadMore={list.loadMore} />
    </>
  );
}

function DealRow({ deal, side }: { deal: DealRegistration; side: 'vendor' | 'partner' }) {
  const format = useFormat();
  return (
    <Table.Tr>
      <Table.Td>
        {side === 'vendor' ? (
          <RouterAnchor to="/console/deals/$dealId" params={{ dealId: deal.id }}>
            {deal.reference}
          </RouterAnchor>
        ) : (
          <RouterAnchor to="/portal/deals/$dealId" params={{ dealId: deal.id }}>
            {deal.reference}
          </RouterAnchor>
        )}
      </Table.Td>
      <Table.Td>{deal.customerName}</Table.Td>
      {side === 'vendor' ? <Table.Td>{deal.partnerName}</Table.Td> : null}
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.money(deal.amount, deal.currency)}</Table.Td>
      <Table.Td>
        <DealStatusBadge status={deal.status} />
      </Table.Td>
      <Table.Td>
        <ConflictOutcomeBadge outcome={deal.conflictOutcome} />
      </Table.Td>
      <Table.Td>
        <DealDeadline deal={deal} />
      </Table.Td>
    </Table.Tr>
  );
}

/** The date that matters now: when approval is due while pending, when protection ends once approved. */
export function DealDeadline({ deal }: { deal: DealRegistration }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (deal.protectionEndsAt && deal.status === 'approved') {
    return <Text size="sm">{t('deals.protectedUntil', { date: format.date(deal.protectionEndsAt) })}</Text>;
  }
  if (deal.approvalDueAt && (deal.status === 'pending_approval' || deal.status === 'more_info_requested')) {
    return <Text size="sm">{t('deals.approvalDue', { date: format.date(deal.approvalDueAt) })}</Text>;
  }
  return (
    <Text size="sm" c="dimmed">
      —
    </Text>
  );
}

function DealsTableSkeleton() {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" role="status" aria-label={t('common.loading')}>
      {[0, 1, 2, 3, 4].map((row) => (
        <Skeleton key={row} height={36} radius="sm" />
      ))}
    </Stack>
  );
}
