import { Button, Group, Table, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx';
import { DataTable } from '../../ui/data-table.tsx';
import { PagedList } from '../../ui/paged-list.tsx';
import {
  type ComplianceRequirement,
  useComplianceRequirements,
  useDeleteRequirement,
} from './compliance-queries.ts';
import { RequirementModal } from './requirement-modal.tsx';

/** The requirements catalogue; compliance managers add, change and delete entries. */
export function RequirementsTable({ canManage }: { canManage: boolean }) {
  const { t } = useTranslation();
  const requirements = useComplianceRequirements();
  const remove = useDeleteRequirement();
  const [editing, setEditing] = useState<ComplianceRequirement | 'new' | null>(null);
  const [deleting, setDeleting] = useState<ComplianceRequirement | null>(null);

  const audience = (requirement: ComplianceRequirement) => {
    const parts = [
      requirement.regions.join(', '),
      requirement.partnerTypes.map((type) => t(`agreements.partnerTypes.${type}`)).join(', '),
    ].filter(Boolean);
    return parts.length > 0 ? parts.join(' · ') : t('agreements.allPartners');
  };

  return (
    <section>
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h3">
          {t('compliance.requirements.title')}
        </Title>
        {canManage ? (
          <Button onClick={() => setEditing('new')}>{t('compliance.requirements.create')}</Button>
        ) : null}
      </Group>
      <PagedList list={requirements} empty={t('compliance.requirements.empty')}>
        <DataTable
          minWidth={760}
          hasRowActions={canManage}
          columns={[
            t('compliance.requirements.name'),
            t('compliance.requirements.audience'),
            t('compliance.requirements.mandatory'),
            t('compliance.requirements.document'),
            t('compliance.requirements.validity'),
          ]}
        >
          {requirements.items.map((requirement) => (
            <Table.Tr key={requirement.id}>
              <Table.Td>{requirement.name}</Table.Td>
              <Table.Td>{audience(requirement)}</Table.Td>
              <Table.Td>{t(requirement.isMandatory ? 'common.yes' : 'common.no')}</Table.Td>
              <Table.Td>{t(requirement.isDocumentRequired ? 'common.yes' : 'common.no')}</Table.Td>
              <Table.Td>
                {requirement.validityMonths
                  ? t('compliance.requirements.months', { count: requirement.validityMonths })
                  : t('compliance.requirements.noExpiry')}
              </Table.Td>
              {canManage ? (
                <Table.Td>
                  <Group gap="xs" justify="flex-end" wrap="nowrap">
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => setEditing(requirement)}
                      aria-label={t('compliance.requirements.editNamed', { name: requirement.name })}
                    >
                      {t('common.edit')}
                    </Button>
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      onClick={() => setDeleting(requirement)}
                      aria-label={t('compliance.requirements.deleteNamed', { name: requirement.name })}
                    >
                      {t('common.delete')}
                    </Button>
                  </Group>
                </Table.Td>
              ) : null}
            </Table.Tr>
          ))}
        </DataTable>
      </PagedList>
      <RequirementModal
        opened={editing !== null}
        requirement={editing === 'new' || editing === null ? undefined : editing}
        onClose={() => setEditing(null)}
      />
      <ConfirmDialog
        opened={deleting !== null}
        title={t('compliance.requirements.deleteTitle')}
        confirmLabel={t('common.delete')}
        confirmColor="red"
        onConfirm={() => remove.mutateAsync(deleting!)}
        onClose={() => setDeleting(null)}
      >
        {t('compliance.requirements.deleteBody', { name: deleting?.name ?? '' })}
      </ConfirmDialog>
    </section>
  );
}
