import { Anchor, Button, Group, Stack, Table } from '@mantine/core';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCursorList } from '../../api/use-cursor-list.ts';
import { DataTable } from '../../ui/data-table.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { PagedList } from '../../ui/paged-list.tsx';
import { useMe } from '../auth/me-query.ts';
import { usePartnerHealthList } from '../partner-health/health-api.ts';
import { HealthBadge } from '../partner-health/health-badge.tsx';
import { PartnerFilters } from './partner-filters.tsx';
import { LifecycleStageBadge, PartnerStatusBadge, PartnerTypeBadges, placeOf } from './partner-labels.tsx';
import type { PartnerSearch } from './partner-search.ts';
import { exportUrlOf, fetchPartnersPage, PARTNERS_KEY } from './partners-api.ts';
import { SavedViewsMenu } from './saved-views-menu.tsx';

/** The partner directory: find partners by name, type, tier, region, stage or manager. */
export function PartnersPage() {
  const { t } = useTranslation();
  const search = useSearch({ from: '/signed-in/console/partners' });
  const navigate = useNavigate({ from: '/console/partners' });
  const partners = useCursorList({
    queryKey: [...PARTNERS_KEY, 'directory', search],
    fetchPage: (cursor) => fetchPartnersPage(search, cursor),
  });
  const health = usePartnerHealthList(partners.items.map((partner) => partner.id));
  const canImport = useMe().permissions.includes('partners:import');
  const hasFilters = Object.keys(search).length > 0;
  const setSearch = (next: PartnerSearch) => void navigate({ search: next, replace: true });
  // Applying a saved view refills the typed-in filter fields; typing itself must not reset them.
  const [appliedViews, setAppliedViews] = useState(0);
  const applyView = async (next: PartnerSearch) => {
    await navigate({ search: next, replace: true });
    setAppliedViews((count) => count + 1);
  };

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('partners.title')}
        description={t('partners.intro')}
        actions={
          <Group gap="xs">
            <SavedViewsMenu search={search} onApply={(next) => void applyView(next)} />
            <Button component="a" href={exportUrlOf(search)} download="partners.csv">
              {t('partners.export')}
            </Button>
            {canImport ? (
              <Button
                variant="default"
                renderRoot={(props) => <Link {...props} to="/console/partners/import" />}
              >
                {t('imports.open')}
              </Button>
            ) : null}
          </Group>
        }
      />
      <PartnerFilters key={appliedViews} search={search} onChange={setSearch} />
      <PagedList
        list={partners}
        errorTitle={t('partners.loadFailed')}
        empty={hasFilters ? t('partners.emptyFiltered') : t('partners.empty')}
      >
        <DataTable
          minWidth={960}
          striped
          highlightOnHover
          aria-label={t('partners.title')}
          columns={[
            t('partners.columns.name'),
            t('partners.columns.types'),
            t('partners.columns.tier'),
            t('partners.columns.place'),
            t('partners.columns.stage'),
            t('partners.columns.manager'),
            t('partners.columns.status'),
            t('health.column'),
          ]}
        >
          {partners.items.map((partner) => (
            <Table.Tr key={partner.id}>
              <Table.Th scope="row" fw={600}>
                <Anchor
                  renderRoot={(props) => (
                    <Link {...props} to="/console/partners/$partnerId" params={{ partnerId: partner.id }} />
                  )}
                >
                  {partner.name}
                </Anchor>
              </Table.Th>
              <Table.Td>
                <PartnerTypeBadges types={partner.partnerTypes} />
              </Table.Td>
              <Table.Td>{partner.tier ?? '–'}</Table.Td>
              <Table.Td>{placeOf(partner)}</Table.Td>
              <Table.Td>
                <LifecycleStageBadge stage={partner.lifecycleStage} />
              </Table.Td>
              <Table.Td>{partner.partnerManager?.name ?? '–'}</Table.Td>
              <Table.Td>
                <PartnerStatusBadge status={partner.status} />
              </Table.Td>
              <Table.Td>
                <HealthBadge health={health.data?.get(partner.id)} />
              </Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      </PagedList>
    </Stack>
  );
}
