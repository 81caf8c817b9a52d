import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessageOf } from '../../api/form-problems.ts';
import { isApiError } from '../../api/problem.ts';
import { useCursorList } from '../../api/use-cursor-list.ts';
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx';
import { PagedList } from '../../ui/paged-list.tsx';
import { EditUserModal } from './edit-user-modal.tsx';
import { PeopleFilters } from './people-filters.tsx';
import { PeopleTable } from './people-table.tsx';
import { USER_MESSAGES } from './user-problems.ts';
import {
  type PeopleFilters as Filters,
  fetchUsersPage,
  type Organisation,
  USERS_KEY,
  type User,
  updateUser,
} from './users-api.ts';

const NO_FILTERS: Filters = { role: null, status: null, organisationId: null };

/** The people list with its filters, and the edit and (de)activate dialogs it opens. */
export function PeopleSection() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [organisation, setOrganisation] = useState<Organisation | null>(null);
  const [editing, setEditing] = useState<User | null>(null);
  const [changingStatus, setChangingStatus] = useState<User | null>(null);
  const people = useCursorList({
    queryKey: [...USERS_KEY, 'list', filters],
    fetchPage: (cursor) => fetchUsersPage(filters, cursor),
  });
  const isFiltered = filters.role !== null || filters.status !== null || filters.organisationId !== null;
  const refreshPeople = () => queryClient.invalidateQueries({ queryKey: USERS_KEY });

  const toggleStatus = async (user: User) => {
    const status = user.status === 'active' ? 'deactivated' : 'active';
    try {
      await updateUser({ id: user.id, version: user.version, changes: { status } });
    } finally {
      await refreshPeople();
    }
    const done = status === 'deactivated' ? 'users.deactivate.done' : 'users.reactivate.done';
    notifications.show({ color: 'green', message: t(done, { name: user.name }) });
  };

  const statusProblemOf = (error: unknown) =>
    isApiError(error, 412) ? t('users.changedElsewhere') : problemMessageOf(error, t, USER_MESSAGES);

  return (
    <>
      <PeopleFilters
        filters={filters}
        organisation={organisation}
        onChange={(next, chosen) => {
          setFilters(next);
          setOrganisation(chosen);
        }}
      />
      <PagedList
        list={people}
        empty={t(isFiltered ? 'users.empty' : 'users.emptyUnfiltered')}
        errorTitle={t('users.loadFailed')}
      >
        <PeopleTable users={people.items} onEdit={setEditing} onChangeStatus={setChangingStatus} />
      </PagedList>
      {editing ? (
        <EditUserModal
          user={editing}
          onClose={() => setEditing(null)}
          onSaved={async (saved) => {
            setEditing(null);
            notifications.show({ color: 'green', message: t('users.edit.saved', { name: saved.name }) });
            await refreshPeople();
          }}
        />
      ) : null}
      {changingStatus ? (
        <ConfirmDialog
          opened
          {...statusDialogText(changingStatus, t)}
          onConfirm={() => toggleStatus(changingStatus)}
          messageOf={statusProblemOf}
          onClose={() => setChangingStatus(null)}
        />
      ) : null}
    </>
  );
}

type StatusDialogText = { title: string; children: string; confirmLabel: string; confirmColor: string };

function statusDialogText(user: User, t: TFunction): StatusDialogText {
  const name = user.name;
  return user.status === 'active'
    ? {
        title: t('users.deactivate.title', { name }),
        children: t('users.deactivate.body', { name }),
        confirmLabel: t('users.deactivate.confirm'),
        confirmColor: 'red',
      }
    : {
        title: t('users.reactivate.title', { name }),
        children: t('users.reactivate.body', { name }),
        confirmLabel: t('users.reactivate.confirm'),
        confirmColor: 'blue',
      };
}
