import { Button, Group, Stack, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../ui/data-table.tsx';
import { PagedList } from '../../ui/paged-list.tsx';
import { invalidRowsUrl, type PartnerImport, useImportRows } from './imports-api.ts';

/** Rows that cannot be imported, each problem with its column, and the file to fix them in. */
export function InvalidRows({ imported }: { imported: PartnerImport }) {
  const { t } = useTranslation();
  const rows = useImportRows(imported.id, { status: 'invalid' }, imported.counts.invalid > 0);
  if (imported.counts.invalid === 0) return null;
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={2} size="h3">
          {t('imports.invalid.title')}
        </Title>
        <Button component="a" variant="default" href={invalidRowsUrl(imported.id)} download>
          {t('imports.invalid.download')}
        </Button>
      </Group>
      <PagedList list={rows} errorTitle={t('imports.invalid.loadFailed')} empty={t('imports.invalid.empty')}>
        <DataTable
          minWidth={640}
          aria-label={t('imports.invalid.title')}
          columns={[t('imports.invalid.row'), t('imports.invalid.column'), t('imports.invalid.problem')]}
        >
          {rows.items.flatMap((row) =>
            row.errors.map((problem) => (
              <Table.Tr key={`${row.rowNumber}-${problem.field}`}>
                <Table.Th scope="row">{t('imports.invalid.rowNumber', { row: row.rowNumber })}</Table.Th>
                <Table.Td>{problem.column ?? problem.field}</Table.Td>
                <Table.Td>{problem.message}</Table.Td>
              </Table.Tr>
            )),
          )}
        </DataTable>
      </PagedList>
    </Stack>
  );
}
