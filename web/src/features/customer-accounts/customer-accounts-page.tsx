import { ActionIcon, Button, Group, SegmentedControl, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format.ts';
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx';
import { DataTable } from '../../ui/data-table.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { PagedList } from '../../ui/paged-list.tsx';
import { StatusBadge } from '../../ui/status-badge.tsx';
import { useMe } from '../auth/me-query.ts';
import { RouterAnchor } from '../webhooks/router-anchor.tsx';
import { AccountModal } from './account-modal.tsx';
import { type CustomerAccount, useCustomerAccounts, useDeleteAccount } from './customer-accounts-api.ts';
import { ImportAccountsModal } from './import-accounts-modal.tsx';

type Filter = 'all' | 'direct' | 'open';

/** The vendor's customer accounts: what partners' deal registrations are checked against. */
export function CustomerAccountsPage() {
  const { t } = useTranslation();
  const search = useSearch({ from: '/signed-in/console/customer-accounts' });
  const navigate = useNavigate({ from: '/console/customer-accounts' });
  const canManage = useMe().permissions.includes('accounts:manage');
  const [query, setQuery] = useState('');
  const [debouncedQuery] = useDebouncedValue(query.trim(), 300);
  const filter: Filter = search.directOnly ? 'direct' : search.open ? 'open' : 'all';
  const accounts = useCustomerAccounts({
    q: debouncedQuery,
    isDirectOnly: filter === 'direct' ? true : undefined,
    hasOpenOpportunity: filter === 'open' ? true : undefined,
  });
  const [editing, setEditing] = useState<CustomerAccount | 'new' | null>(null);
  const [deleting, setDeleting] = useState<CustomerAccount | null>(null);
  const [isImporting, setIsImporting] = useState(false);
  const remove = useDeleteAccount();

  const setFilter = (value: Filter) =>
    void navigate({
      search: value === 'direct' ? { directOnly: true } : value === 'open' ? { open: true } : {},
      replace: true,
    });

  return (
    <>
      <PageHeader
        title={t('customerAccounts.title')}
        description={t('customerAccounts.description')}
        actions={
          canManage ? (
            <>
              <Button variant="default" onClick={() => setIsImporting(true)}>
                {t('customerAccounts.import.open')}
              </Button>
              <Button onClick={() => setEditing('new')}>{t('customerAccounts.add')}</Button>
            </>
          ) : null
        }
      />
      <Stack gap="md">
        <Group justify="space-between" align="flex-end">
          <TextInput
            label={t('customerAccounts.search')}
            placeholder={t('customerAccounts.searchPlaceholder')}
            value={query}
            onChange={(event) => setQuery(event.currentTarget.value)}
            w={320}
          />
          <SegmentedControl
            aria-label={t('customerAccounts.filter')}
            value={filter}
            onChange={(value) => setFilter(value as Filter)}
            data={[
              { value: 'all', label: t('customerAccounts.filters.all') },
              { value: 'direct', label: t('customerAccounts.filters.directOnly') },
              { value: 'open', label: t('customerAccounts.filters.open') },
            ]}
          />
        </Group>
        <PagedList list={accounts} empty={t('customerAccounts.empty')}>
          <DataTable
            minWidth={760}
            hasRowActions={canManage}
            columns={[
              t('customerAccounts.columns.name'),
              t('customerAccounts.columns.domains'),
              t('customerAccounts.columns.country'),
              t('customerAccounts.columns.open'),
            ]}
          >
            {accounts.items.map((account) => (
              <AccountRow
                key={account.id}
                account={account}
                canManage={canManage}
                onEdit={() => setEditing(account)}
                onDelete={() => setDeleting(account)}
              />
            ))}
          </DataTable>
        </PagedList>
      </Stack>
      {editing ? (
        <AccountModal
          opened
          account={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
      <ImportAccountsModal opened={isImporting} onClose={() => setIsImporting(false)} />
      <ConfirmDialog
        opened={deleting !== null}
        title={t('customerAccounts.delete.title')}
        confirmLabel={t('common.delete')}
        confirmColor="red"
        onConfirm={() => remove.mutateAsync(deleting!)}
        onClose={() => setDeleting(null)}
      >
        {t('customerAccounts.delete.body', { name: deleting?.name ?? '' })}
      </ConfirmDialog>
    </>
  );
}

function AccountRow({
  account,
  canManage,
  onEdit,
  onDelete,
}: {
  account: CustomerAccount;
  canManage: boolean;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Table.Tr>
      <Table.Td>
        <Group gap="xs">
          <RouterAnchor to="/console/customer-accounts/$accountId" params={{ accountId: account.id }}>
            {account.name}
          </RouterAnchor>
          {account.isDirectOnly ? <DirectOnlyBadge /> : null}
        </Group>
      </Table.Td>
      <Table.Td>{account.domains.join(', ')}</Table.Td>
      <Table.Td>{account.country ?? '—'}</Table.Td>
      <Table.Td>
        {account.openOpportunityCount > 0 ? (
          <Stack gap={0}>
            <Text size="sm">{t('customerAccounts.openCount', { count: account.openOpportunityCount })}</Text>
            {account.openAmounts.map((total) => (
              <Text key={total.currency} size="xs" c="dimmed">
                {format.money(total.amount, total.currency)}
              </Text>
            ))}
          </Stack>
        ) : (
          '—'
        )}
      </Table.Td>
      {canManage ? (
        <Table.Td>
          <Group gap={4} justify="flex-end" wrap="nowrap">
            <Button
              size="xs"
              variant="subtle"
              onClick={onEdit}
              aria-label={`${t('common.edit')} ${account.name}`}
            >
              {t('common.edit')}
            </Button>
            <ActionIcon
              variant="subtle"
              color="red"
              onClick={onDelete}
              aria-label={`${t('common.delete')} ${account.name}`}
            >
              ×
            </ActionIcon>
          </Group>
        </Table.Td>
      ) : null}
    </Table.Tr>
  );
}

export function DirectOnlyBadge() {
  const { t } = useTranslation();
  return <StatusBadge colour="orange" label={t('customerAccounts.directOnly')} />;
}
