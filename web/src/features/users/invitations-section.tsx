import { Button, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessageOf } from '../../api/form-problems.ts';
import { useCursorList } from '../../api/use-cursor-list.ts';
import { useFormat } from '../../i18n/use-format.ts';
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx';
import { DataTable } from '../../ui/data-table.tsx';
import { PagedList } from '../../ui/paged-list.tsx';
import { StatusBadge, type StatusColour } from '../../ui/status-badge.tsx';
import { useMe } from '../auth/me-query.ts';
import { OrganisationName } from './organisation-name.tsx';
import { canAssignRole } from './roles.ts';
import { USER_MESSAGES } from './user-problems.ts';
import { fetchInvitationsPage, INVITATIONS_KEY, type Invitation, revokeInvitation } from './users-api.ts';

const STATUS_COLOURS: Record<Invitation['status'], StatusColour> = {
  pending: 'blue',
  accepted: 'green',
  revoked: 'gray',
  expired: 'orange',
};

/** Invitations sent, newest first, with a way to withdraw those not yet accepted. */
export function InvitationsSection() {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe();
  const queryClient = useQueryClient();
  const [revoking, setRevoking] = useState<Invitation | null>(null);
  const invitations = useCursorList({
    queryKey: [...INVITATIONS_KEY, 'list'],
    fetchPage: fetchInvitationsPage,
  });
  // Withdrawing an invitation takes the same authority as sending it.
  const canRevoke = (invitation: Invitation) =>
    invitation.status === 'pending' && canAssignRole(me, invitation.role);

  const revoke = async (invitation: Invitation) => {
    try {
      await revokeInvitation(invitation.id);
    } finally {
      await queryClient.invalidateQueries({ queryKey: INVITATIONS_KEY });
    }
    notifications.show({
      color: 'green',
      message: t('invitations.revoke.done', { email: invitation.email }),
    });
  };

  return (
    <>
      <Text c="dimmed" size="sm" mb="md">
        {t('invitations.description')}
      </Text>
      <PagedList list={invitations} empty={t('invitations.empty')} errorTitle={t('invitations.loadFailed')}>
        <DataTable
          minWidth={760}
          striped
          highlightOnHover
          columns={[
            t('invitations.columns.email'),
            t('invitations.columns.organisation'),
            t('invitations.columns.role'),
            t('invitations.columns.status'),
            t('invitations.columns.expires'),
            t('common.actions'),
          ]}
        >
          {invitations.items.map((invitation) => (
            <Table.Tr key={invitation.id}>
              <Table.Th scope="row" fw={600}>
                {invitation.email}
              </Table.Th>
              <Table.Td>
                <OrganisationName id={invitation.organisationId} />
              </Table.Td>
              <Table.Td>{t(`roles.${invitation.role}`)}</Table.Td>
              <Table.Td>
                <StatusBadge
                  colour={STATUS_COLOURS[invitation.status]}
                  label={t(`invitations.status.${invitation.status}`)}
                />
              </Table.Td>
              <Table.Td>{format.date(invitation.expiresAt)}</Table.Td>
              <Table.Td>
                {canRevoke(invitation) ? (
                  <Button
                    size="xs"
                    variant="subtle"
                    color="red"
                    onClick={() => setRevoking(invitation)}
                    aria-label={t('invitations.revokeAction', { email: invitation.email })}
                  >
                    {t('invitations.revoke.confirm')}
                  </Button>
                ) : null}
              </Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      </PagedList>
      {revoking ? (
        <ConfirmDialog
          opened
          title={t('invitations.revoke.title')}
          confirmLabel={t('invitations.revoke.confirm')}
          confirmColor="red"
          onConfirm={() => revoke(revoking)}
          messageOf={(error) => problemMessageOf(error, t, USER_MESSAGES)}
          onClose={() => setRevoking(null)}
        >
          {t('invitations.revoke.body', { email: revoking.email })}
        </ConfirmDialog>
      ) : null}
    </>
  );
}
