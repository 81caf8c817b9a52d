import { Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format.ts';
import { DataTable } from '../../ui/data-table.tsx';
import { StatusBadge } from '../../ui/status-badge.tsx';
import { useMe } from '../auth/me-query.ts';
import { OrganisationName } from './organisation-name.tsx';
import { canAssignRole, organisationKindOf } from './roles.ts';
import type { User } from './users-api.ts';

type PeopleTableProps = {
  users: User[];
  onEdit: (user: User) => void;
  onChangeStatus: (user: User) => void;
};

/** Everyone the reader may see; the actions only where their role lets them manage the person. */
export function PeopleTable({ users, onEdit, onChangeStatus }: PeopleTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe();
  const canManage = me.permissions.includes('users:manage');
  // Regions narrow only the vendor's regional managers: partners have no use for the column.
  const isVendor = me.organisation.kind === 'vendor';
  const regionsOf = (user: User) =>
    user.regions?.join(', ') ?? (organisationKindOf(user.role) === 'vendor' ? t('users.allRegions') : '–');
  // Nobody changes their own access, nor that of someone above what they may hand out.
  const canManageUser = (user: User) => canManage && user.id !== me.user.id && canAssignRole(me, user.role);

  return (
    <DataTable
      minWidth={900}
      striped
      highlightOnHover
      columns={[
        t('users.columns.name'),
        t('users.columns.email'),
        t('users.columns.organisation'),
        t('users.columns.role'),
        isVendor ? t('users.columns.regions') : null,
        t('users.columns.status'),
        t('users.columns.lastSignIn'),
        canManage ? t('common.actions') : null,
      ]}
    >
      {users.map((user) => (
        <Table.Tr key={user.id}>
          <Table.Th scope="row" fw={600}>
            {user.name}
            {user.id === me.user.id ? (
              <Text span c="dimmed" size="sm">
                {` (${t('users.you')})`}
              </Text>
            ) : null}
          </Table.Th>
          <Table.Td>{user.email}</Table.Td>
          <Table.Td>
            <OrganisationName id={user.organisationId} />
          </Table.Td>
          <Table.Td>{t(`roles.${user.role}`)}</Table.Td>
          {isVendor ? <Table.Td>{regionsOf(user)}</Table.Td> : null}
          <Table.Td>
            <StatusBadge
              colour={user.status === 'active' ? 'green' : 'gray'}
              label={t(`users.status.${user.status}`)}
            />
          </Table.Td>
          <Table.Td>
            {user.lastLoginAt ? (
              <time dateTime={user.lastLoginAt} title={format.dateTime(user.lastLoginAt)}>
                {format.relative(user.lastLoginAt)}
              </time>
            ) : (
              t('common.never')
            )}
          </Table.Td>
          {canManage ? (
            <Table.Td>
              {canManageUser(user) ? (
                <Group gap="xs" wrap="nowrap">
                  <Button
                    size="xs"
                    variant="default"
                    onClick={() => onEdit(user)}
                    aria-label={t('users.editAction', { name: user.name })}
                  >
                    {t('common.edit')}
                  </Button>
                  <Button
                    size="xs"
                    variant="subtle"
                    color={user.status === 'active' ? 'red' : 'blue'}
                    onClick={() => onChangeStatus(user)}
                    aria-label={t(
                      user.status === 'active' ? 'users.deactivateAction' : 'users.reactivateAction',
                      { name: user.name },
                    )}
                  >
                    {t(user.status === 'active' ? 'users.deactivate.confirm' : 'users.reactivate.confirm')}
                  </Button>
                </Group>
              ) : null}
            </Table.Td>
          ) : null}
        </Table.Tr>
      ))}
    </DataTable>
  );
}
