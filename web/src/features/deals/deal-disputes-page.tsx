import { Button, Group, Paper, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format.ts';
import { EmptyState } from '../../ui/empty-state.tsx';
import { ErrorState } from '../../ui/error-state.tsx';
import { LoadingState } from '../../ui/loading-state.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { useMe } from '../auth/me-query.ts';
import { RouterAnchor } from '../webhooks/router-anchor.tsx';
import { type DisputeStatus, disputesQuery, rejectedRegistrationsQuery } from './deal-collaboration-api.ts';
import { DisputeStatusBadge } from './dispute-status-badge.tsx';
import { OpenDisputeForm } from './open-dispute-form.tsx';

type Filter = DisputeStatus | 'all';

export function ConsoleDealDisputesPage() {
  return <DealDisputesPage side="vendor" />;
}

export function PortalDealDisputesPage() {
  const me = useMe();
  return (
    <Stack gap="xl">
      <DealDisputesPage side="partner" />
      {me.permissions.includes('deals:dispute') ? <DisputableRegistrations /> : null}
    </Stack>
  );
}

/**
 * The partner's rejected registrations with no open dispute, so a rejection can be contested from
 * here as well as from the registration's own page.
 */
function DisputableRegistrations() {
  const { t } = useTranslation();
  const [openingFor, setOpeningFor] = useState<string | null>(null);
  const rejected = useQuery(rejectedRegistrationsQuery);
  const open = useQuery(disputesQuery('open'));
  if (rejected.error) return <ErrorState error={rejected.error} onRetry={() => void rejected.refetch()} />;
  if (!rejected.data || !open.data) return <LoadingState />;
  const disputed = new Set(open.data.map((dispute) => dispute.registrationId));
  const candidates = rejected.data.filter((registration) => !disputed.has(registration.id));
  return (
    <Paper withBorder p="lg" radius="md">
      <Title order={2} size="h3" mb="xs">
        {t('dealCollaboration.disputesPage.rejectedTitle')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('dealCollaboration.disputesPage.rejectedHint')}
      </Text>
      {candidates.length === 0 ? (
        <EmptyState>{t('dealCollaboration.disputesPage.rejectedEmpty')}</EmptyState>
      ) : (
        <Stack gap="sm">
          {candidates.map((registration) => (
            <Paper key={registration.id} withBorder p="sm" radius="sm">
              <Group justify="space-between" align="flex-start">
                <Stack gap={2}>
                  <Text fw={600}>
                    {registration.reference} · {registration.customerName}
                  </Text>
                  {registration.decisionReason ? (
                    <Text size="sm" c="dimmed">
                      {registration.decisionReason}
                    </Text>
                  ) : null}
                </Stack>
                {openingFor === registration.id ? null : (
                  <Button
                    variant="light"
                    onClick={() => setOpeningFor(registration.id)}
                    aria-label={t('dealCollaboration.disputesPage.disputeThis', {
                      reference: registration.reference,
                    })}
                  >
                    {t('dealCollaboration.disputes.open')}
                  </Button>
                )}
              </Group>
              {openingFor === registration.id ? (
                <OpenDisputeForm
                  registrationId={registration.id}
                  subjects={['decision']}
                  onDone={() => setOpeningFor(null)}
                />
              ) : null}
            </Paper>
          ))}
        </Stack>
      )}
    </Paper>
  );
}

/** Disputes about registrations: the vendor's review queue, or a partner's own disputes. */
function DealDisputesPage({ side }: { side: 'vendor' | 'partner' }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [filter, setFilter] = useState<Filter>(side === 'vendor' ? 'open' : 'all');
  const disputes = useQuery(disputesQuery(filter === 'all' ? null : filter));
  const detail = side === 'vendor' ? '/console/deal-disputes/$id' : '/portal/deal-disputes/$id';

  return (
    <Stack gap="md">
      <PageHeader
        title={t('dealCollaboration.disputesPage.title')}
        description={t(`dealCollaboration.disputesPage.description.${side}`)}
      />
      <SegmentedControl
        aria-label={t('dealCollaboration.disputesPage.filter')}
        value={filter}
        onChange={(value) => setFilter(value as Filter)}
        data={(['open', 'upheld', 'dismissed', 'all'] as const).map((value) => ({
          value,
          label: t(
            value === 'all' ? 'dealCollaboration.disputesPage.all' : `dealCollaboration.statuses.${value}`,
          ),
        }))}
        w="fit-content"
      />
      {disputes.error ? (
        <ErrorState error={disputes.error} onRetry={() => void disputes.refetch()} />
      ) : !disputes.data ? (
        <LoadingState />
      ) : disputes.data.length === 0 ? (
        <EmptyState>{t('dealCollaboration.disputesPage.empty')}</EmptyState>
      ) : (
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('dealCollaboration.disputesPage.registration')}</Table.Th>
              {side === 'vendor' ? <Table.Th>{t('dealCollaboration.disputesPage.partner')}</Table.Th> : null}
              <Table.Th>{t('dealCollaboration.disputes.subject')}</Table.Th>
              <Table.Th>{t('dealCollaboration.disputesPage.opened')}</Table.Th>
              <Table.Th>{t('dealCollaboration.disputesPage.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {disputes.data.map((dispute) => (
              <Table.Tr key={dispute.id}>
                <Table.Td>
                  <RouterAnchor to={detail} params={{ id: dispute.id }}>
                    {dispute.registrationReference} · {dispute.customerName}
                  </RouterAnchor>
                </Table.Td>
                {side === 'vendor' ? <Table.Td>{dispute.partnerName ?? '—'}</Table.Td> : null}
                <Table.Td>
                  <Text size="sm">{t(`dealCollaboration.subjects.${dispute.subject}`)}</Text>
                </Table.Td>
                <Table.Td>{format.date(dispute.createdAt)}</Table.Td>
                <Table.Td>
                  <DisputeStatusBadge status={dispute.status} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
