import { Badge, Button, Group, Paper, Table, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCursorList } from '../../api/use-cursor-list.ts';
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx';
import { DataTable } from '../../ui/data-table.tsx';
import { PagedList } from '../../ui/paged-list.tsx';
import { ContactModal } from './contact-modal.tsx';
import { contactsKey, deleteContact, fetchContactsPage, type PartnerContact } from './partners-api.ts';

type Editing = { contact: PartnerContact | null } | null;

/** The people at a partner the vendor talks to; the primary one first. */
export function PartnerContacts({
  organisationId,
  canManage,
}: {
  organisationId: string;
  canManage: boolean;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<Editing>(null);
  const [toDelete, setToDelete] = useState<PartnerContact | null>(null);
  const contacts = useCursorList({
    queryKey: contactsKey(organisationId),
    fetchPage: (cursor) => fetchContactsPage(organisationId, cursor),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: contactsKey(organisationId) });
  const sorted = [...contacts.items].sort((a, b) => Number(b.isPrimary) - Number(a.isPrimary));

  return (
    <Paper withBorder p="lg" radius="md">
      <Group justify="space-between" mb="md">
        <Title order={2} size="h3">
          {t('partners.contacts.heading')}
        </Title>
        {canManage ? (
          <Button onClick={() => setEditing({ contact: null })}>{t('partners.contacts.add')}</Button>
        ) : null}
      </Group>
      <PagedList
        list={contacts}
        errorTitle={t('partners.contacts.loadFailed')}
        empty={canManage ? t('partners.contacts.emptyManage') : t('partners.contacts.empty')}
      >
        <DataTable
          minWidth={700}
          aria-label={t('partners.contacts.heading')}
          hasRowActions={canManage}
          columns={[
            t('partners.contacts.name'),
            t('partners.contacts.jobTitle'),
            t('partners.contacts.email'),
            t('partners.contacts.phone'),
          ]}
        >
          {sorted.map((contact) => (
            <Table.Tr key={contact.id}>
              <Table.Th scope="row" fw={600}>
                {contact.name}{' '}
                {contact.isPrimary ? (
                  <Badge size="sm" variant="light" ml={4}>
                    {t('partners.contacts.primary')}
                  </Badge>
                ) : null}
              </Table.Th>
              <Table.Td>{contact.jobTitle ?? '–'}</Table.Td>
              <Table.Td>{contact.email ?? '–'}</Table.Td>
              <Table.Td>{contact.phone ?? '–'}</Table.Td>
              {canManage ? (
                <Table.Td>
                  <Group gap="xs" justify="flex-end" wrap="nowrap">
                    <Button
                      size="compact-sm"
                      variant="light"
                      aria-label={t('partners.contacts.editLabel', { name: contact.name })}
                      onClick={() => setEditing({ contact })}
                    >
                      {t('partners.contacts.edit')}
                    </Button>
                    <Button
                      size="compact-sm"
                      variant="light"
                      color="red"
                      aria-label={t('partners.contacts.deleteLabel', { name: contact.name })}
                      onClick={() => setToDelete(contact)}
                    >
                      {t('partners.contacts.delete')}
                    </Button>
                  </Group>
                </Table.Td>
              ) : null}
            </Table.Tr>
          ))}
        </DataTable>
      </PagedList>
      {editing ? (
        <ContactModal
          organisationId={organisationId}
          contact={editing.contact}
          onClose={() => setEditing(null)}
          onSaved={async () => {
            setEditing(null);
            await refresh();
          }}
        />
      ) : null}
      <ConfirmDialog
        opened={toDelete !== null}
        title={t('partners.contacts.deleteTitle')}
        confirmLabel={t('partners.contacts.deleteConfirm')}
        confirmColor="red"
        onClose={() => setToDelete(null)}
        onConfirm={async () => {
          if (toDelete) await deleteContact(toDelete);
          await refresh();
        }}
      >
        {t('partners.contacts.deleteBody', { name: toDelete?.name ?? '' })}
      </ConfirmDialog>
    </Paper>
  );
}
