import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationKind } from './roles.ts';
import { type Organisation, organisationChoicesQuery } from './users-api.ts';

type OrganisationSelectProps = {
  label: string;
  value: Organisation | null;
  onChange: (organisation: Organisation | null) => void;
  /** Only organisations of this kind, when the reader may act on no other. */
  kind?: OrganisationKind | null;
  description?: string;
  placeholder?: string;
  error?: string | null;
  isClearable?: boolean;
  isRequired?: boolean;
};

/** Picks an organisation by name, searched on the server: a program may have thousands of partners. */
export function OrganisationSelect({
  label,
  value,
  onChange,
  kind = null,
  description,
  placeholder,
  error,
  isClearable = false,
  isRequired = false,
}: OrganisationSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 250);
  // Once chosen, the box shows the name: that is no search, so the list stays whole.
  const query = debouncedSearch === value?.name ? '' : debouncedSearch;
  const choices = useQuery(organisationChoicesQuery({ kind, search: query }));
  const found = choices.data ?? [];
  const organisations = value && !found.some(({ id }) => id === value.id) ? [value, ...found] : found;

  return (
    <Select
      label={label}
      description={description}
      placeholder={placeholder}
      searchable
      clearable={isClearable}
      required={isRequired}
      data={organisations.map(({ id, name }) => ({ value: id, label: name }))}
      value={value?.id ?? null}
      onChange={(id) => onChange(organisations.find((organisation) => organisation.id === id) ?? null)}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={choices.isFetching ? t('common.loading') : t('invitations.form.noOrganisations')}
      error={error || null}
    />
  );
}
