import { Anchor, Stack, Table, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format.ts';
import { DataTable } from '../../ui/data-table.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { PagedList } from '../../ui/paged-list.tsx';
import { ImportStatusBadge } from './import-status-badge.tsx';
import { usePartnerImports } from './imports-api.ts';
import { UploadForm } from './upload-form.tsx';

/** Upload a partner list, and the imports done before with where each stands. */
export function ImportsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const imports = usePartnerImports();
  return (
    <Stack gap="lg">
      <PageHeader
        title={t('imports.title')}
        description={t('imports.intro')}
        actions={
          <Anchor renderRoot={(props) => <Link {...props} to="/console/partners" />}>
            {t('imports.backToDirectory')}
          </Anchor>
        }
      />
      <UploadForm />
      <Title order={2} size="h3">
        {t('imports.past.title')}
      </Title>
      <PagedList list={imports} errorTitle={t('imports.past.loadFailed')} empty={t('imports.past.empty')}>
        <DataTable
          minWidth={760}
          striped
          aria-label={t('imports.past.title')}
          columns={[
            t('imports.past.file'),
            t('imports.past.status'),
            t('imports.past.rows'),
            t('imports.past.created'),
            t('imports.past.merged'),
            t('imports.past.started'),
          ]}
        >
          {imports.items.map((entry) => (
            <Table.Tr key={entry.id}>
              <Table.Th scope="row" fw={600}>
                <Anchor
                  renderRoot={(props) => (
                    <Link
                      {...props}
                      to="/console/partners/import/$importId"
                      params={{ importId: entry.id }}
                    />
                  )}
                >
                  {entry.fileName}
                </Anchor>
              </Table.Th>
              <Table.Td>
                <ImportStatusBadge status={entry.status} />
              </Table.Td>
              <Table.Td>{entry.rowCount === null ? '–' : format.number(entry.rowCount)}</Table.Td>
              <Table.Td>{format.number(entry.counts.created)}</Table.Td>
              <Table.Td>{format.number(entry.counts.merged)}</Table.Td>
              <Table.Td>{format.dateTime(entry.createdAt)}</Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      </PagedList>
    </Stack>
  );
}
