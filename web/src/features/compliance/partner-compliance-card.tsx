import { Anchor, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { problemMessageOf } from '../../api/form-problems.ts';
import { useFormat } from '../../i18n/use-format.ts';
import { DataTable } from '../../ui/data-table.tsx';
import { EmptyState } from '../../ui/empty-state.tsx';
import { ErrorState } from '../../ui/error-state.tsx';
import { LoadingState } from '../../ui/loading-state.tsx';
import { useMe } from '../auth/me-query.ts';
import { ComplianceBadge, RequirementStateBadge } from './compliance-badges.tsx';
import { documentFileUrl, usePartnerCompliance, useScreenPartner } from './compliance-queries.ts';
import { ReviewActions } from './review-actions.tsx';

/**
 * A partner's compliance on its profile: compliant or not, each requirement that applies, the
 * latest submission to download and review, and a sanctions screening on demand.
 */
export function PartnerComplianceCard({ organisationId }: { organisationId: string }) {
  const me = useMe();
  if (!me.permissions.includes('compliance:read')) return null;
  return (
    <ComplianceCardContent
      organisationId={organisationId}
      canManage={me.permissions.includes('compliance:manage')}
    />
  );
}

function ComplianceCardContent({
  organisationId,
  canManage,
}: {
  organisationId: string;
  canManage: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const compliance = usePartnerCompliance(organisationId);
  const screen = useScreenPartner();

  const runScreening = async () => {
    try {
      const result = await screen.mutateAsync(organisationId);
      const open = result.hits.filter((hit) => hit.status === 'open').length;
      notifications.show({
        color: open > 0 ? 'orange' : 'green',
        message:
          open > 0 ? t('compliance.card.screenHits', { count: open }) : t('compliance.card.screenClear'),
      });
    } catch (error) {
      notifications.show({ color: 'red', message: problemMessageOf(error, t) });
    }
  };

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="partner-compliance-title">
      <Group justify="space-between" mb="sm">
        <Group gap="sm">
          <Title order={2} size="h3" id="partner-compliance-title">
            {t('compliance.card.title')}
          </Title>
          {compliance.data ? <ComplianceBadge isCompliant={compliance.data.isCompliant} /> : null}
        </Group>
        {canManage ? (
          <Button variant="default" size="xs" loading={screen.isPending} onClick={runScreening}>
            {t('compliance.card.screen')}
          </Button>
        ) : null}
      </Group>
      {compliance.isPending ? (
        <LoadingState />
      ) : compliance.error ? (
        <ErrorState error={compliance.error} onRetry={() => void compliance.refetch()} />
      ) : (
        <Stack gap="sm">
          {compliance.data.isOnHold ? (
            <Text c="red.8" size="sm">
              {t('compliance.card.onHold')}
            </Text>
          ) : null}
          {compliance.data.requirements.length === 0 ? (
            <EmptyState>{t('compliance.card.empty')}</EmptyState>
          ) : (
            <DataTable
              minWidth={720}
              hasRowActions={canManage}
              columns={[
                t('compliance.card.requirement'),
                t('compliance.card.state'),
                t('compliance.card.latest'),
                t('compliance.card.expires'),
              ]}
            >
              {compliance.data.requirements.map((item) => {
                const latest = item.latestDocument;
                return (
                  <Table.Tr key={item.requirement.id}>
                    <Table.Td>
                      {item.requirement.name}
                      {item.requirement.isMandatory ? null : (
                        <Text size="xs" c="dimmed">
                          {t('compliance.card.optional')}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <RequirementStateBadge state={item.state} />
                    </Table.Td>
                    <Table.Td>
                      {latest ? (
                        <Stack gap={0}>
                          {latest.fileName && canManage ? (
                            <Anchor href={documentFileUrl(latest.id)} size="sm">
                              {latest.fileName}
                            </Anchor>
                          ) : (
                            <Text size="sm">{latest.fileName ?? t('compliance.card.attestation')}</Text>
                          )}
                          <Text size="xs" c="dimmed">
                            {t(`compliance.documentStatus.${latest.status}`)} ·{' '}
                            {format.date(latest.submittedAt)}
                          </Text>
                          {latest.rejectionReason ? (
                            <Text size="xs" c="dimmed">
                              {latest.rejectionReason}
                            </Text>
                          ) : null}
                        </Stack>
                      ) : (
                        '—'
                      )}
                    </Table.Td>
                    <Table.Td>{item.expiresOn ? format.date(item.expiresOn) : '—'}</Table.Td>
                    {canManage ? (
                      <Table.Td>
                        {latest?.status === 'submitted' ? (
                          <ReviewActions documentId={latest.id} requirementName={item.requirement.name} />
                        ) : null}
                      </Table.Td>
                    ) : null}
                  </Table.Tr>
                );
              })}
            </DataTable>
          )}
        </Stack>
      )}
    </Card>
  );
}
