import { Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/page-header.tsx';
import { useMe } from '../auth/me-query.ts';
import { DEAL_STATUSES, type DealStatus, useDealRegistrations } from './deal-queries.ts';
import { DealsTable } from './deals-table.tsx';

const ALL = 'all';

/** The partner's own registrations: where each stands and by when. */
export function PortalDealsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const canRegister = me.permissions.includes('deals:register');
  const [status, setStatus] = useState<DealStatus | undefined>();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const list = useDealRegistrations({ status, q: q || undefined });
  const isFiltered = status !== undefined || q !== '';

  const registerButton = canRegister ? (
    <Button component={Link} to="/portal/deals/new">
      {t('deals.register')}
    </Button>
  ) : null;

  return (
    <>
      <PageHeader
        title={t('deals.portalTitle')}
        description={t('deals.portalDescription')}
        actions={registerButton}
      />
      <Group mb="md" align="flex-end">
        <Select
          label={t('deals.filters.status')}
          w={220}
          allowDeselect={false}
          value={status ?? ALL}
          data={[
            { value: ALL, label: t('deals.filters.allStatuses') },
            ...DEAL_STATUSES.map((value) => ({ value, label: t(`deals.status.${value}`) })),
          ]}
          onChange={(value) => setStatus(value && value !== ALL ? (value as DealStatus) : undefined)}
        />
        <TextInput
          label={t('deals.filters.search')}
          placeholder={t('deals.filters.searchPlaceholder')}
          w={280}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
        />
      </Group>
      <DealsTable
        list={list}
        side="partner"
        empty={
          isFiltered ? (
            t('deals.emptyFiltered')
          ) : (
            <Stack align="center" gap="sm" component="span">
              <Text component="span">{t('deals.emptyPortal')}</Text>
              {registerButton}
            </Stack>
          )
        }
      />
    </>
  );
}
