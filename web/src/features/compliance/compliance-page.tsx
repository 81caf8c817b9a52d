import { Button, Group, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../ui/data-table.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { PagedList } from '../../ui/paged-list.tsx';
import { useMe } from '../auth/me-query.ts';
import { RouterAnchor } from '../webhooks/router-anchor.tsx';
import { ComplianceBadge } from './compliance-badges.tsx';
import { type ComplianceFilter, usePartnerComplianceList } from './compliance-queries.ts';
import { RequirementsTable } from './requirements-table.tsx';

/** The vendor's compliance desk: the requirements catalogue and where every partner stands. */
export function CompliancePage() {
  const { t } = useTranslation();
  const me = useMe();
  const canManage = me.permissions.includes('compliance:manage');

  return (
    <>
      <PageHeader
        title={t('compliance.title')}
        description={t('compliance.description')}
        actions={
          canManage ? (
            <Button component={Link} to="/console/compliance/sanctions" variant="default">
              {t('compliance.sanctions.open')}
            </Button>
          ) : null
        }
      />
      <Stack gap="xl">
        <RequirementsTable canManage={canManage} />
        <PartnersOverview />
      </Stack>
    </>
  );
}

function PartnersOverview() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<ComplianceFilter>(undefined);
  const partners = usePartnerComplianceList(filter);
  return (
    <section>
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h3">
          {t('compliance.overview.title')}
        </Title>
        <SegmentedControl
          aria-label={t('compliance.overview.filter')}
          value={filter ?? 'all'}
          onChange={(value) => setFilter(value === 'all' ? undefined : (value as ComplianceFilter))}
          data={[
            { value: 'all', label: t('compliance.overview.all') },
            { value: 'non_compliant', label: t('compliance.overview.nonCompliant') },
          ]}
        />
      </Group>
      <PagedList
        list={partners}
        empty={t(filter ? 'compliance.overview.emptyNonCompliant' : 'compliance.overview.empty')}
      >
        <DataTable
          minWidth={640}
          columns={[
            t('compliance.overview.partner'),
            t('compliance.overview.status'),
            t('compliance.overview.unmet'),
            t('compliance.overview.waiting'),
          ]}
        >
          {partners.items.map((partner) => (
            <Table.Tr key={partner.organisationId}>
              <Table.Td>
                <RouterAnchor
                  to="/console/partners/$partnerId"
                  params={{ partnerId: partner.organisationId }}
                >
                  {partner.organisationName}
                </RouterAnchor>
              </Table.Td>
              <Table.Td>
                <ComplianceBadge isCompliant={partner.isCompliant} />
                {partner.isOnHold ? (
                  <Text size="xs" c="red.8">
                    {t('compliance.onHold')}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>{partner.unmetMandatoryCount}</Table.Td>
              <Table.Td>{partner.requirements.filter((item) => item.state === 'submitted').length}</Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      </PagedList>
    </section>
  );
}
