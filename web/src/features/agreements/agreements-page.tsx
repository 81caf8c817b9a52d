import { Button, Table } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../ui/data-table.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { PagedList } from '../../ui/paged-list.tsx';
import { StatusBadge } from '../../ui/status-badge.tsx';
import { RouterAnchor } from '../webhooks/router-anchor.tsx';
import { AgreementAudience } from './agreement-audience.tsx';
import { useAgreementTemplates } from './agreement-queries.ts';
import { AgreementTemplateModal } from './agreement-template-modal.tsx';

/** The vendor's partner agreements: who each applies to, whether it is mandatory, and its state. */
export function AgreementsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const templates = useAgreementTemplates();
  const [isCreating, setIsCreating] = useState(false);

  return (
    <>
      <PageHeader
        title={t('agreements.title')}
        description={t('agreements.description')}
        actions={<Button onClick={() => setIsCreating(true)}>{t('agreements.create')}</Button>}
      />
      <PagedList list={templates} empty={t('agreements.empty')}>
        <DataTable
          minWidth={640}
          columns={[
            t('agreements.columns.name'),
            t('agreements.columns.audience'),
            t('agreements.columns.mandatory'),
            t('agreements.columns.status'),
          ]}
        >
          {templates.items.map((template) => (
            <Table.Tr key={template.id}>
              <Table.Td>
                <RouterAnchor to="/console/agreements/$templateId" params={{ templateId: template.id }}>
                  {template.name}
                </RouterAnchor>
              </Table.Td>
              <Table.Td>
                <AgreementAudience template={template} />
              </Table.Td>
              <Table.Td>{t(template.isMandatory ? 'common.yes' : 'common.no')}</Table.Td>
              <Table.Td>
                <StatusBadge
                  colour={template.status === 'active' ? 'green' : 'gray'}
                  label={t(`agreements.status.${template.status}`)}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      </PagedList>
      <AgreementTemplateModal
        opened={isCreating}
        onClose={() => setIsCreating(false)}
        onSaved={(template) =>
          void navigate({ to: '/console/agreements/$templateId', params: { templateId: template.id } })
        }
      />
    </>
  );
}
