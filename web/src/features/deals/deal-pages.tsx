import { Grid, Group, Stack } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../ui/error-state.tsx';
import { LoadingState } from '../../ui/loading-state.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { RouterAnchor } from '../webhooks/router-anchor.tsx';
import { ConflictEvidence } from './conflict-evidence.tsx';
import { ConflictOutcomeBadge, DealStatusBadge } from './deal-badges.tsx';
import { DealCollaborationPanel } from './deal-collaboration-panel.tsx';
import { DealConflicts } from './deal-conflicts.tsx';
import { DealDecisionPanel } from './deal-decision-panel.tsx';
import { DealFacts } from './deal-facts.tsx';
import { DealNextStep } from './deal-next-step.tsx';
import { type DealRegistrationDetail, useDealRegistration } from './deal-queries.ts';

function DealHeader({ registration }: { registration: DealRegistrationDetail }) {
  return (
    <PageHeader
      title={`${registration.reference} · ${registration.customerName}`}
      description={
        <Group gap="xs" component="span">
          <DealStatusBadge status={registration.status} />
          <ConflictOutcomeBadge outcome={registration.conflictOutcome} />
        </Group>
      }
    />
  );
}

function useDealFromRoute() {
  const { dealId } = useParams({ strict: false }) as { dealId: string };
  return useDealRegistration(dealId);
}

/** The partner's registration: where it stands, why it conflicts (never with whom), what it says. */
export function PortalDealPage() {
  const { t } = useTranslation();
  const deal = useDealFromRoute();
  if (deal.isPending) return <LoadingState />;
  if (deal.error) return <ErrorState error={deal.error} onRetry={() => void deal.refetch()} />;
  const registration = deal.data;
  return (
    <Stack gap="md">
      <RouterAnchor to="/portal/deals" size="sm">
        {t('deals.backToList')}
      </RouterAnchor>
      <DealHeader registration={registration} />
      <DealNextStep registration={registration} side="partner" />
      <DealConflicts registration={registration} />
      <DealFacts registration={registration} side="partner" />
      <DealDecisionPanel registration={registration} side="partner" />
      <DealCollaborationPanel registration={registration} side="partner" />
    </Stack>
  );
}

/** Vendor staff: the registration, and each conflict beside the record it matched. */
export function ConsoleDealPage() {
  const { t } = useTranslation();
  const deal = useDealFromRoute();
  if (deal.isPending) return <LoadingState />;
  if (deal.error) return <ErrorState error={deal.error} onRetry={() => void deal.refetch()} />;
  const registration = deal.data;
  return (
    <Stack gap="md">
      <RouterAnchor to="/console/deals" size="sm">
        {t('deals.backToList')}
      </RouterAnchor>
      <DealHeader registration={registration} />
      <Grid gutter="md">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="md">
            <DealNextStep registration={registration} side="vendor" />
            <DealFacts registration={registration} side="vendor" />
            <ConflictEvidence registration={registration} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="md">
            <DealDecisionPanel registration={registration} side="vendor" />
            <DealCollaborationPanel registration={registration} side="vendor" />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
