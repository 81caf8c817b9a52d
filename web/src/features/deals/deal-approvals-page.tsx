import { Anchor, Button, Drawer, Group, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format.ts';
import { DataTable } from '../../ui/data-table.tsx';
import { ErrorState } from '../../ui/error-state.tsx';
import { LoadingState } from '../../ui/loading-state.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { PagedList } from '../../ui/paged-list.tsx';
import { RegionInput } from '../partners/region-input.tsx';
import {
  type ApprovalQueueItem,
  type SlaState,
  useApprovalQueue,
  useDealRegistration,
  useDealSettings,
} from './deal-approval-queries.ts';
import { DealDecisionPanel } from './deal-decision-panel.tsx';
import { SlaTimer } from './sla-timer.tsx';

/** What waits on this approver, the most urgent first, each with its SLA counting down. */
export function DealApprovalsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [slaState, setSlaState] = useState<SlaState | undefined>(undefined);
  const [region, setRegion] = useState('');
  const queue = useApprovalQueue({
    slaState,
    region: /^[a-z][a-z0-9-]{1,31}$/.test(region) ? region : undefined,
  });
  const settings = useDealSettings();
  const reminderHours = settings.data?.reminderHoursBeforeDue ?? 4;
  const isFiltered = slaState !== undefined || region !== '';
  const [reviewing, setReviewing] = useState<ApprovalQueueItem | null>(null);

  return (
    <>
      <PageHeader title={t('dealApprovals.queue.title')} description={t('dealApprovals.queue.description')} />
      <Group mb="md" align="flex-end">
        <SegmentedControl
          aria-label={t('dealApprovals.queue.slaFilter')}
          value={slaState ?? 'all'}
          onChange={(value) => setSlaState(value === 'all' ? undefined : (value as SlaState))}
          data={[
            { value: 'all', label: t('dealApprovals.queue.all') },
            { value: 'overdue', label: t('dealApprovals.slaState.overdue') },
            { value: 'due_soon', label: t('dealApprovals.slaState.due_soon') },
            { value: 'on_track', label: t('dealApprovals.slaState.on_track') },
          ]}
        />
        <RegionInput
          label={t('dealApprovals.queue.region')}
          placeholder="emea"
          value={region}
          onChange={(value) => setRegion(value.trim().toLowerCase())}
          w={180}
        />
      </Group>
      <PagedList
        list={queue}
        empty={t(isFiltered ? 'dealApprovals.queue.emptyFiltered' : 'dealApprovals.queue.empty')}
      >
        <DataTable
          minWidth={860}
          columns={[
            t('dealApprovals.queue.registration'),
            t('dealApprovals.queue.partner'),
            t('dealApprovals.queue.amount'),
            t('dealApprovals.queue.conflict'),
            t('dealApprovals.queue.level'),
            t('dealApprovals.queue.due'),
          ]}
          hasRowActions
        >
          {queue.items.map((item) => (
            <Table.Tr key={item.id}>
              <Table.Td>
                {/* The deal detail page comes with the deal pages; a plain link keeps this page independent of it. */}
                <Anchor href={`/console/deals/${item.id}`}>
                  {item.reference} · {item.customerName}
                </Anchor>
              </Table.Td>
              <Table.Td>{item.partnerName ?? '—'}</Table.Td>
              <Table.Td>
                {format.money(item.amount, item.currency)}
                {item.weighedAmount?.currency === item.currency ? null : (
                  <Text size="xs" c="dimmed">
                    {item.weighedAmount
                      ? t('dealApprovals.queue.weighedAs', {
                          amount: format.money(item.weighedAmount.amount, item.weighedAmount.currency),
                        })
                      : t('dealApprovals.queue.noRate', { currency: item.currency })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{t(`dealApprovals.conflict.${item.conflictOutcome}`)}</Table.Td>
              <Table.Td>
                <Text size="sm">
                  {t('dealApprovals.level', { level: item.level })} · {t(`dealApprovals.role.${item.role}`)}
                </Text>
              </Table.Td>
              <Table.Td>
                <SlaTimer dueAt={item.dueAt} reminderHours={reminderHours} />
                <Text size="xs" c="dimmed">
                  {format.dateTime(item.dueAt)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => setReviewing(item)}
                  aria-label={t('dealApprovals.queue.reviewNamed', { reference: item.reference })}
                >
                  {t('dealApprovals.queue.review')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      </PagedList>
      <Drawer
        opened={reviewing !== null}
        onClose={() => setReviewing(null)}
        position="right"
        size="lg"
        title={reviewing ? `${reviewing.reference} · ${reviewing.customerName}` : ''}
      >
        {reviewing ? <Review id={reviewing.id} /> : null}
      </Drawer>
    </>
  );
}

/** The registration's essentials and the decision panel, without leaving the queue. */
function Review({ id }: { id: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const registration = useDealRegistration(id);
  if (registration.isPending) return <LoadingState />;
  if (registration.error)
    return <ErrorState error={registration.error} onRetry={() => void registration.refetch()} />;
  const deal = registration.data;
  return (
    <Stack>
      <Text>
        {deal.partnerName ?? '—'} · {format.money(deal.amount, deal.currency)} ·{' '}
        {t(`dealApprovals.conflict.${deal.conflictOutcome}`)}
      </Text>
      <Text size="sm" c="dimmed">
        {t('dealApprovals.queue.expectedClose', { date: format.date(deal.expectedCloseDate) })}
      </Text>
      <Anchor href={`/console/deals/${deal.id}`}>{t('dealApprovals.queue.openDeal')}</Anchor>
      <DealDecisionPanel registration={deal} side="vendor" />
    </Stack>
  );
}
