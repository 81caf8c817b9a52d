import { Group, Select, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { unwrap } from '../../api/problem.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { RegionInput } from '../partners/region-input.tsx';
import {
  CONFLICT_OUTCOMES,
  type ConflictOutcome,
  DEAL_STATUSES,
  type DealStatus,
  useDealRegistrations,
} from './deal-queries.ts';
import { DealsTable } from './deals-table.tsx';

const ALL = 'all';

/** The partners a registration list can be narrowed to (the first 200, by name search in the select). */
function usePartnerOptions() {
  return useQuery({
    queryKey: ['organisations', 'deal-filter'],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/organisations', { params: { query: { kind: 'partner', limit: 200 } } })),
    select: (page) => page.data.map((partner) => ({ value: partner.id, label: partner.name })),
  });
}

/** Every partner's registrations the reader may see, to review conflicts and approvals. */
export function ConsoleDealsPage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<DealStatus | undefined>();
  const [conflictOutcome, setConflictOutcome] = useState<ConflictOutcome | undefined>();
  const [organisationId, setOrganisationId] = useState<string | null>(null);
  const [regionInput, setRegionInput] = useState('');
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [region] = useDebouncedValue(regionInput.trim(), 300);
  const partners = usePartnerOptions();
  const list = useDealRegistrations({
    status,
    conflictOutcome,
    organisationId: organisationId ?? undefined,
    region: region || undefined,
    q: q || undefined,
  });

  return (
    <>
      <PageHeader title={t('deals.consoleTitle')} description={t('deals.consoleDescription')} />
      <Group mb="md" align="flex-end">
        <Select
          label={t('deals.filters.status')}
          w={200}
          allowDeselect={false}
          value={status ?? ALL}
          data={[
            { value: ALL, label: t('deals.filters.allStatuses') },
            ...DEAL_STATUSES.map((value) => ({ value, label: t(`deals.status.${value}`) })),
          ]}
          onChange={(value) => setStatus(value && value !== ALL ? (value as DealStatus) : undefined)}
        />
        <Select
          label={t('deals.filters.outcome')}
          w={200}
          allowDeselect={false}
          value={conflictOutcome ?? ALL}
          data={[
            { value: ALL, label: t('deals.filters.allOutcomes') },
            ...CONFLICT_OUTCOMES.map((value) => ({ value, label: t(`deals.outcome.${value}`) })),
          ]}
          onChange={(value) =>
            setConflictOutcome(value && value !== ALL ? (value as ConflictOutcome) : undefined)
          }
        />
        <Select
          label={t('deals.filters.partner')}
          placeholder={t('deals.filters.allPartners')}
          w={240}
          searchable
          clearable
          value={organisationId}
          data={partners.data ?? []}
          onChange={setOrganisationId}
        />
        <RegionInput
          label={t('deals.filters.region')}
          w={160}
          value={regionInput}
          onChange={setRegionInput}
        />
        <TextInput
          label={t('deals.filters.search')}
          placeholder={t('deals.filters.searchPlaceholder')}
          w={260}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
        />
      </Group>
      <DealsTable list={list} side="vendor" empty={t('deals.emptyConsole')} />
    </>
  );
}
