import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format.ts';
import { EmptyState } from '../../ui/empty-state.tsx';
import { ErrorState } from '../../ui/error-state.tsx';
import { LoadingState } from '../../ui/loading-state.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { useMe } from '../auth/me-query.ts';
import { ComplianceBadge, RequirementStateBadge } from './compliance-badges.tsx';
import { documentFileUrl, type RequirementCompliance, usePartnerCompliance } from './compliance-queries.ts';
import { SubmitDocumentForm } from './submit-document-form.tsx';

/** A partner's compliance: what the vendor requires of it, where each stands, and uploads. */
export function PartnerCompliancePage() {
  const { t } = useTranslation();
  const me = useMe();
  const compliance = usePartnerCompliance(me.organisation.id);

  return (
    <>
      <PageHeader title={t('compliance.portal.title')} description={t('compliance.portal.description')} />
      {compliance.isPending ? (
        <LoadingState />
      ) : compliance.error ? (
        <ErrorState error={compliance.error} onRetry={() => void compliance.refetch()} />
      ) : (
        <Stack gap="lg">
          <Group gap="sm">
            <Text fw={500}>{t('compliance.portal.overall')}</Text>
            <ComplianceBadge isCompliant={compliance.data.isCompliant} />
          </Group>
          {compliance.data.isOnHold ? <Text c="red.8">{t('compliance.portal.onHold')}</Text> : null}
          {compliance.data.requirements.length === 0 ? (
            <EmptyState>{t('compliance.portal.empty')}</EmptyState>
          ) : (
            compliance.data.requirements.map((item) => (
              <RequirementCard key={item.requirement.id} item={item} />
            ))
          )}
        </Stack>
      )}
    </>
  );
}

function RequirementCard({ item }: { item: RequirementCompliance }) {
  const { t } = useTranslation();
  const format = useFormat();
  const latest = item.latestDocument;
  return (
    <Card withBorder padding="lg" component="section" aria-label={item.requirement.name}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4">
            {item.requirement.name}
          </Title>
          <Group gap="xs">
            <Text size="sm" c="dimmed">
              {t(item.requirement.isMandatory ? 'compliance.portal.mandatory' : 'compliance.portal.optional')}
            </Text>
            <RequirementStateBadge state={item.state} />
          </Group>
        </Group>
        {item.requirement.description ? <Text size="sm">{item.requirement.description}</Text> : null}
        {item.expiresOn ? (
          <Text size="sm">{t('compliance.portal.validUntil', { date: format.date(item.expiresOn) })}</Text>
        ) : null}
        {latest ? (
          <Text size="sm" c="dimmed">
            {t('compliance.portal.latest', {
              status: t(`compliance.documentStatus.${latest.status}`),
              date: format.date(latest.submittedAt),
            })}{' '}
            {latest.fileName ? (
              <Anchor href={documentFileUrl(latest.id)} underline="always">
                {latest.fileName}
              </Anchor>
            ) : null}
          </Text>
        ) : null}
        {latest?.rejectionReason && latest.status === 'rejected' ? (
          <Text size="sm" c="red.8">
            {t('compliance.portal.rejectedBecause', { reason: latest.rejectionReason })}
          </Text>
        ) : null}
        <SubmitDocumentForm requirement={item.requirement} />
      </Stack>
    </Card>
  );
}
