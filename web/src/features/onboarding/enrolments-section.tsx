import { Anchor, Group, SegmentedControl, Table, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format.ts';
import { DataTable } from '../../ui/data-table.tsx';
import { PagedList } from '../../ui/paged-list.tsx';
import { type EnrolmentFilter, useEnrolments } from './onboarding-api.ts';
import { OnboardingProgress } from './onboarding-checklist.tsx';

type Status = NonNullable<EnrolmentFilter['status']> | 'all';
const STATUSES: readonly Status[] = ['all', 'in_progress', 'overdue', 'completed'];

/** Every partner's onboarding progress, newest first; "overdue" finds those who need a nudge. */
export function EnrolmentsSection() {
  const { t } = useTranslation();
  const format = useFormat();
  const [status, setStatus] = useState<Status>('all');
  const enrolments = useEnrolments(status === 'all' ? {} : { status });

  return (
    <section aria-labelledby="enrolments-title">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h3" id="enrolments-title">
          {t('onboarding.enrolments.title')}
        </Title>
        <SegmentedControl
          aria-label={t('onboarding.enrolments.filter')}
          value={status}
          onChange={(value) => setStatus(value as Status)}
          data={STATUSES.map((value) => ({ value, label: t(`onboarding.enrolments.statuses.${value}`) }))}
        />
      </Group>
      <PagedList
        list={enrolments}
        empty={status === 'all' ? t('onboarding.enrolments.empty') : t('onboarding.enrolments.emptyFiltered')}
      >
        <DataTable
          minWidth={720}
          aria-label={t('onboarding.enrolments.title')}
          columns={[
            t('onboarding.enrolments.columns.partner'),
            t('onboarding.enrolments.columns.journey'),
            t('onboarding.enrolments.columns.started'),
            t('onboarding.enrolments.columns.progress'),
          ]}
        >
          {enrolments.items.map((enrolment) => (
            <Table.Tr key={enrolment.id}>
              <Table.Th scope="row" fw={600}>
                <Anchor
                  renderRoot={(props) => (
                    <Link
                      {...props}
                      to="/console/partners/$partnerId"
                      params={{ partnerId: enrolment.organisationId }}
                    />
                  )}
                >
                  {enrolment.organisationName}
                </Anchor>
              </Table.Th>
              <Table.Td>{enrolment.journeyName}</Table.Td>
              <Table.Td>{format.date(enrolment.startedAt)}</Table.Td>
              <Table.Td miw={220}>
                <OnboardingProgress enrolment={enrolment} />
              </Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      </PagedList>
    </section>
  );
}
