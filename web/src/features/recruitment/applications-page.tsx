import { Anchor, Button, Group, SegmentedControl, Select, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessageOf } from '../../api/form-problems.ts';
import { useFormat } from '../../i18n/use-format.ts';
import { DataTable } from '../../ui/data-table.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { PagedList } from '../../ui/paged-list.tsx';
import { workspaceQueryOptions } from '../branding/workspace-query.ts';
import { RouterAnchor } from '../webhooks/router-anchor.tsx';
import { ApplicationStatusBadge } from './application-status-badge.tsx';
import { FitScoreBadge } from './fit-score-badge.tsx';
import {
  type ApplicationFilter,
  type ApplicationStatus,
  usePartnerApplications,
  useRescoreApplications,
} from './recruitment-queries.ts';

const STATUSES: ApplicationStatus[] = ['new', 'approved', 'rejected'];
const ALL = 'all';

/** Companies that applied to the partner program, newest or best fit first. */
export function ApplicationsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [filter, setFilter] = useState<ApplicationFilter>({ status: 'new', sort: 'date' });
  const applications = usePartnerApplications(filter);
  const rescore = useRescoreApplications();
  const workspace = useQuery(workspaceQueryOptions);

  const runRescore = () =>
    rescore.mutate(undefined, {
      onSuccess: ({ rescored }) =>
        notifications.show({ message: t('recruitment.rescored', { count: rescored }) }),
      onError: (error) => notifications.show({ color: 'red', message: problemMessageOf(error, t) }),
    });

  return (
    <>
      <PageHeader
        title={t('recruitment.title')}
        description={
          <>
            {t('recruitment.description')}{' '}
            {workspace.data ? (
              <Anchor href={`/apply/${workspace.data.slug}`} target="_blank" underline="always">
                {t('recruitment.publicForm')}
              </Anchor>
            ) : null}
          </>
        }
        actions={
          <>
            <Button component={Link} to="/console/recruitment/profile" variant="default">
              {t('recruitment.profileLink')}
            </Button>
            <Button variant="default" loading={rescore.isPending} onClick={runRescore}>
              {t('recruitment.rescore')}
            </Button>
          </>
        }
      />
      <Group mb="md" align="flex-end">
        <Select
          label={t('recruitment.statusFilter')}
          w={180}
          allowDeselect={false}
          value={filter.status ?? ALL}
          data={[
            { value: ALL, label: t('recruitment.allStatuses') },
            ...STATUSES.map((status) => ({ value: status, label: t(`recruitment.status.${status}`) })),
          ]}
          onChange={(value) =>
            setFilter((current) => ({
              ...current,
              status: value && value !== ALL ? (value as ApplicationStatus) : undefined,
            }))
          }
        />
        <div>
          <Text component="span" size="sm" fw={500} id="recruitment-order" display="block" mb={4}>
            {t('recruitment.order')}
          </Text>
          <SegmentedControl
            aria-labelledby="recruitment-order"
            value={filter.sort}
            data={[
              { value: 'date', label: t('recruitment.sort.date') },
              { value: 'score', label: t('recruitment.sort.score') },
            ]}
            onChange={(sort) =>
              setFilter((current) => ({ ...current, sort: sort as ApplicationFilter['sort'] }))
            }
          />
        </div>
      </Group>
      <PagedList list={applications} empty={t('recruitment.empty')}>
        <DataTable
          minWidth={760}
          columns={[
            t('recruitment.columns.company'),
            t('recruitment.columns.applicant'),
            t('recruitment.columns.place'),
            t('recruitment.columns.score'),
            t('recruitment.columns.received'),
            t('recruitment.columns.status'),
          ]}
        >
          {applications.items.map((application) => (
            <Table.Tr key={application.id}>
              <Table.Td>
                <RouterAnchor
                  to="/console/recruitment/$applicationId"
                  params={{ applicationId: application.id }}
                >
                  {application.companyName}
                </RouterAnchor>
              </Table.Td>
              <Table.Td>{application.applicantName}</Table.Td>
              <Table.Td>{`${application.region} · ${application.country}`}</Table.Td>
              <Table.Td>
                <FitScoreBadge score={application.fitScore} />
              </Table.Td>
              <Table.Td>{format.date(application.createdAt)}</Table.Td>
              <Table.Td>
                <ApplicationStatusBadge status={application.status} />
              </Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      </PagedList>
    </>
  );
}
