import { Alert, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format.ts';
import { EmptyState } from '../../ui/empty-state.tsx';
import { ErrorState } from '../../ui/error-state.tsx';
import { LoadingState } from '../../ui/loading-state.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { useMe } from '../auth/me-query.ts';
import { AcceptancesTable } from './acceptances-table.tsx';
import { type PendingAgreement, useAgreementAcceptances, usePendingAgreements } from './agreement-queries.ts';
import { AgreementText } from './agreement-text.tsx';
import { ClickWrapForm } from './click-wrap-form.tsx';

/** A partner's agreements: what still needs accepting (with the full text) and what was accepted. */
export function PartnerAgreementsPage() {
  const { t } = useTranslation();
  const pending = usePendingAgreements();
  const acceptances = useAgreementAcceptances();

  return (
    <>
      <PageHeader title={t('agreements.portal.title')} description={t('agreements.portal.description')} />
      <Stack gap="xl">
        <section>
          <Title order={2} size="h3" mb="sm">
            {t('agreements.portal.pending')}
          </Title>
          {pending.isPending ? (
            <LoadingState />
          ) : pending.error ? (
            <ErrorState error={pending.error} onRetry={() => void pending.refetch()} />
          ) : pending.data.length === 0 ? (
            <EmptyState>{t('agreements.portal.nothingPending')}</EmptyState>
          ) : (
            <Stack>
              {pending.data.map((agreement) => (
                <PendingAgreementCard key={agreement.version.id} agreement={agreement} />
              ))}
            </Stack>
          )}
        </section>
        <section>
          <Title order={2} size="h3" mb="sm">
            {t('agreements.portal.history')}
          </Title>
          <AcceptancesTable
            list={acceptances}
            empty={t('agreements.acceptances.emptyPartner')}
            showOrganisation={false}
          />
        </section>
      </Stack>
    </>
  );
}

function PendingAgreementCard({ agreement }: { agreement: PendingAgreement }) {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe();
  const { template, version } = agreement;
  const isAdmin = me.user.role === 'partner_admin';

  return (
    <Card withBorder padding="lg" component="article" aria-label={template.name}>
      <Stack>
        <Group justify="space-between" align="flex-start">
          <Stack gap={2}>
            <Title order={3} size="h4">
              {template.name}
            </Title>
            <Text size="sm" c="dimmed">
              {t('agreements.versionLabel', {
                number: version.number,
                date: version.publishedAt ? format.dateTime(version.publishedAt) : '',
              })}
            </Text>
          </Stack>
          <Group gap="xs">
            {template.isMandatory ? <Badge variant="light">{t('agreements.mandatory')}</Badge> : null}
            {agreement.hasAcceptedEarlierVersion ? (
              <Badge color="orange" variant="light">
                {t('agreements.portal.newVersion')}
              </Badge>
            ) : null}
          </Group>
        </Group>
        {agreement.hasAcceptedEarlierVersion ? (
          <Text size="sm">{t('agreements.portal.acceptAgain')}</Text>
        ) : null}
        <AgreementText title={version.title} body={version.body} headingOrder={4} />
        {isAdmin ? (
          <ClickWrapForm
            versionId={version.id}
            organisationName={me.organisation.name}
            agreementName={template.name}
          />
        ) : (
          <Alert variant="light" color="blue">
            {t('agreements.portal.adminMustAccept')}
          </Alert>
        )}
      </Stack>
    </Card>
  );
}
