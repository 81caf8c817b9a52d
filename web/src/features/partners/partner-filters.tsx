import { Group, Select, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../auth/me-query.ts';
import { tiersQuery } from '../tiers/tiers-api.ts';
import {
  LIFECYCLE_STAGES,
  PARTNER_STATUSES,
  PARTNER_TYPES,
  type PartnerSearch,
  parsePartnerSearch,
} from './partner-search.ts';
import { partnerManagersQuery } from './partners-api.ts';
import { RegionInput } from './region-input.tsx';

type PartnerFiltersProps = { search: PartnerSearch; onChange: (search: PartnerSearch) => void };

/** Search and filters of the directory; each change narrows the list (and the export) at once. */
export function PartnerFilters({ search, onChange }: PartnerFiltersProps) {
  const { t } = useTranslation();
  const me = useMe();
  const managers = useQuery(partnerManagersQuery(me.organisation.id));
  const [query, setQuery] = useState(search.q ?? '');
  const tiers = useQuery(tiersQuery);
  const [region, setRegion] = useState(search.region ?? '');
  // Filters are re-read through the address parser, so a half-typed tier or region is not sent.
  const change = (next: PartnerSearch) => onChange(parsePartnerSearch(next));
  // Typing waits for a pause; a pending change is dropped when the reader leaves the page.
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  const changeLater = (next: PartnerSearch) => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => change(next), 300);
  };

  return (
    <Group role="search" aria-label={t('partners.filters.label')} align="flex-end" gap="sm" mb="md">
      <TextInput
        label={t('partners.filters.search')}
        placeholder={t('partners.filters.searchPlaceholder')}
        value={query}
        onChange={(event) => {
          setQuery(event.currentTarget.value);
          changeLater({ ...search, q: event.currentTarget.value });
        }}
        w={240}
      />
      <Select
        label={t('partners.filters.type')}
        placeholder={t('partners.filters.any')}
        clearable
        data={PARTNER_TYPES.map((type) => ({ value: type, label: t(`partners.types.${type}`) }))}
        value={search.partnerType ?? null}
        onChange={(partnerType) =>
          change({ ...search, partnerType: partnerType ?? undefined } as PartnerSearch)
        }
        w={190}
      />
      <Select
        label={t('partners.filters.tier')}
        placeholder={t('partners.filters.any')}
        clearable
        data={(tiers.data ?? []).map((tier) => ({ value: tier.key, label: tier.name }))}
        value={search.tier ?? null}
        onChange={(tier) => change({ ...search, tier: tier ?? undefined })}
        w={150}
      />
      <Select
        label={t('offboarding.statusFilter')}
        placeholder={t('partners.filters.any')}
        clearable
        data={PARTNER_STATUSES.map((status) => ({ value: status, label: t(`partners.status.${status}`) }))}
        value={search.status ?? null}
        onChange={(status) => change({ ...search, status: status ?? undefined } as PartnerSearch)}
        w={150}
      />
      <RegionInput
        label={t('partners.filters.region')}
        placeholder={t('partners.filters.regionPlaceholder')}
        value={region}
        onChange={(value) => {
          setRegion(value);
          changeLater({ ...search, region: value.trim().toLowerCase() });
        }}
        w={150}
      />
      <Select
        label={t('partners.filters.stage')}
        placeholder={t('partners.filters.any')}
        clearable
        data={LIFECYCLE_STAGES.map((stage) => ({ value: stage, label: t(`partners.stages.${stage}`) }))}
        value={search.lifecycleStage ?? null}
        onChange={(stage) => change({ ...search, lifecycleStage: stage ?? undefined } as PartnerSearch)}
        w={150}
      />
      <Select
        label={t('partners.filters.manager')}
        placeholder={t('partners.filters.any')}
        clearable
        searchable
        data={(managers.data ?? []).map((user) => ({ value: user.id, label: user.name }))}
        value={search.partnerManagerId ?? null}
        onChange={(manager) => change({ ...search, partnerManagerId: manager ?? undefined })}
        w={200}
      />
    </Group>
  );
}
