import { Alert, Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format.ts';
import { ErrorState } from '../../ui/error-state.tsx';
import { LoadingState } from '../../ui/loading-state.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { RouterAnchor } from '../webhooks/router-anchor.tsx';
import { ApplicationStatusBadge } from './application-status-badge.tsx';
import { DecisionActions } from './decision-actions.tsx';
import { type PartnerApplicationDetail, usePartnerApplication } from './recruitment-queries.ts';
import { ScoreBreakdown } from './score-breakdown.tsx';

/** One application: who applied, how well they fit and why, possible duplicates, and the decision. */
export function ApplicationPage() {
  const { t } = useTranslation();
  const { applicationId } = useParams({ from: '/signed-in/console/recruitment/$applicationId' });
  const application = usePartnerApplication(applicationId);
  const backLink = (
    <RouterAnchor to="/console/recruitment" size="sm" mb="xs" display="inline-block">
      {t('recruitment.backToList')}
    </RouterAnchor>
  );
  if (application.isPending) return <LoadingState />;
  if (application.error) {
    return (
      <>
        {backLink}
        <PageHeader title={t('recruitment.title')} />
        <ErrorState error={application.error} onRetry={() => void application.refetch()} />
      </>
    );
  }
  return (
    <>
      {backLink}
      <ApplicationDetails application={application.data} />
    </>
  );
}

function ApplicationDetails({ application }: { application: PartnerApplicationDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const types = application.partnerTypes.map((type) => t(`partners.types.${type}`)).join(', ');
  return (
    <>
      <PageHeader
        title={application.companyName}
        description={<ApplicationStatusBadge status={application.status} />}
        actions={application.status === 'new' ? <DecisionActions application={application} /> : null}
      />
      <Stack gap="lg">
        {application.similarPartners.length > 0 ? (
          <Alert color="orange" variant="light" title={t('recruitment.duplicates.title')}>
            <List size="sm">
              {application.similarPartners.map((partner) => (
                <List.Item key={partner.id}>
                  <RouterAnchor to="/console/partners/$partnerId" params={{ partnerId: partner.id }}>
                    {partner.name}
                  </RouterAnchor>{' '}
                  (
                  {partner.isSameDomain
                    ? t('recruitment.duplicates.sameDomain')
                    : t('recruitment.duplicates.similarName', {
                        percent: Math.round(partner.nameSimilarity * 100),
                      })}
                  )
                </List.Item>
              ))}
            </List>
          </Alert>
        ) : null}
        <Decision application={application} />
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Section title={t('recruitment.sections.score')}>
            <ScoreBreakdown application={application} />
          </Section>
          <Section title={t('recruitment.sections.company')}>
            <Facts
              facts={[
                [t('recruitment.fields.websiteDomain'), application.websiteDomain],
                [t('recruitment.fields.country'), application.country],
                [t('recruitment.fields.region'), application.region],
                [t('recruitment.fields.partnerTypes'), types],
                [t('recruitment.fields.industries'), application.industries.join(', ')],
                [t('recruitment.fields.companySize'), t(`recruitment.sizes.${application.companySize}`)],
                [
                  t('recruitment.fields.certifications'),
                  application.certifications.join(', ') || t('recruitment.none'),
                ],
              ]}
            />
          </Section>
          <Section title={t('recruitment.sections.applicant')}>
            <Facts
              facts={[
                [t('recruitment.fields.name'), application.applicantName],
                [t('recruitment.fields.jobTitle'), application.applicantJobTitle],
                [t('recruitment.fields.email'), application.applicantEmail],
                [t('recruitment.fields.language'), t(`language.names.${languageOf(application.locale)}`)],
                [t('recruitment.fields.received'), format.dateTime(application.createdAt)],
              ]}
            />
          </Section>
          <Section title={t('recruitment.sections.message')}>
            <Text style={{ whiteSpace: 'pre-wrap' }}>
              {application.message ?? t('recruitment.noMessage')}
            </Text>
          </Section>
        </SimpleGrid>
      </Stack>
    </>
  );
}

function Decision({ application }: { application: PartnerApplicationDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (application.status === 'approved' && application.decidedAt) {
    return (
      <Alert color="green" variant="light">
        {t('recruitment.approvedOn', { date: format.dateTime(application.decidedAt) })}{' '}
        {application.partnerOrganisationId ? (
          <RouterAnchor
            to="/console/partners/$partnerId"
            params={{ partnerId: application.partnerOrganisationId }}
          >
            {t('recruitment.openPartner')}
          </RouterAnchor>
        ) : null}
      </Alert>
    );
  }
  if (application.status === 'rejected' && application.decidedAt) {
    return (
      <Alert
        color="gray"
        variant="light"
        title={t('recruitment.rejectedOn', { date: format.dateTime(application.decidedAt) })}
      >
        <Text size="sm" fw={500}>
          {t('recruitment.sentMessage')}
        </Text>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {application.rejectionMessage}
        </Text>
      </Alert>
    );
  }
  return null;
}

const LANGUAGES = ['en', 'de', 'fr', 'es', 'ja'] as const;
const languageOf = (locale: string) => LANGUAGES.find((language) => language === locale) ?? 'en';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card withBorder padding="lg">
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      {children}
    </Card>
  );
}

function Facts({ facts }: { facts: [string, string][] }) {
  return (
    <Stack gap={6} component="dl" m={0}>
      {facts.map(([label, value]) => (
        <Group key={label} gap="xs" wrap="nowrap" align="flex-start">
          <Text component="dt" size="sm" c="dimmed" w={140} style={{ flexShrink: 0 }}>
            {label}
          </Text>
          <Text component="dd" size="sm" m={0}>
            {value}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}
