import { Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type Role, useMe } from '../auth/me-query.ts';
import { OrganisationSelect } from './organisation-select.tsx';
import { PARTNER_ROLES, VENDOR_ROLES } from './roles.ts';
import type { PeopleFilters as Filters, Organisation, UserStatus } from './users-api.ts';

type PeopleFiltersProps = {
  filters: Filters;
  organisation: Organisation | null;
  onChange: (filters: Filters, organisation: Organisation | null) => void;
};

/** Role, status and (for the vendor's staff, who see every partner) organisation. */
export function PeopleFilters({ filters, organisation, onChange }: PeopleFiltersProps) {
  const { t } = useTranslation();
  const me = useMe();
  const isVendor = me.organisation.kind === 'vendor';
  const roles: readonly Role[] = isVendor ? [...VENDOR_ROLES, ...PARTNER_ROLES] : PARTNER_ROLES;
  const statuses: UserStatus[] = ['active', 'deactivated'];

  return (
    <Group role="search" aria-label={t('users.filters.label')} align="flex-end" gap="sm" mb="md">
      <Select
        label={t('users.filters.role')}
        placeholder={t('users.filters.anyRole')}
        clearable
        data={roles.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
        value={filters.role}
        onChange={(role) => onChange({ ...filters, role: role as Role | null }, organisation)}
        w={220}
      />
      <Select
        label={t('users.filters.status')}
        placeholder={t('users.filters.anyStatus')}
        clearable
        data={statuses.map((status) => ({ value: status, label: t(`users.status.${status}`) }))}
        value={filters.status}
        onChange={(status) => onChange({ ...filters, status: status as UserStatus | null }, organisation)}
        w={180}
      />
      {isVendor ? (
        <OrganisationSelect
          label={t('users.filters.organisation')}
          placeholder={t('users.filters.anyOrganisation')}
          isClearable
          value={organisation}
          onChange={(chosen) => onChange({ ...filters, organisationId: chosen?.id ?? null }, chosen)}
        />
      ) : null}
    </Group>
  );
}
