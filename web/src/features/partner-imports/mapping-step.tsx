import { Button, Group, Paper, Select, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formProblemsOf } from '../../api/form-problems.ts';
import { DataTable } from '../../ui/data-table.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { type ImportField, type PartnerImport, useConfirmMapping } from './imports-api.ts';

export const IMPORT_FIELDS: ImportField[] = [
  'name',
  'legalName',
  'websiteDomain',
  'country',
  'region',
  'partnerTypes',
  'tier',
  'industries',
  'certifications',
  'capacity',
  'street',
  'city',
  'postalCode',
  'stateProvince',
  'contactName',
  'contactEmail',
];

const SKIP = '';

/** Which column fills which profile field; the server's proposal is filled in, the person decides. */
export function MappingStep({ imported, onCancel }: { imported: PartnerImport; onCancel?: () => void }) {
  const { t } = useTranslation();
  const confirm = useConfirmMapping(imported.id);
  const [mapping, setMapping] = useState<Record<string, ImportField>>(imported.mapping);
  const problems = confirm.error ? formProblemsOf(confirm.error, t) : null;
  const options = [
    { value: SKIP, label: t('imports.mapping.skip') },
    ...IMPORT_FIELDS.map((field) => ({ value: field, label: t(`imports.fields.${field}`) })),
  ];
  const choose = (column: string, value: string | null) =>
    setMapping((current) => {
      const { [column]: _, ...rest } = current;
      return value ? { ...rest, [column]: value as ImportField } : rest;
    });
  const isNameMapped = Object.values(mapping).includes('name');

  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Text size="sm">{t('imports.mapping.intro', { rows: imported.rowCount ?? 0 })}</Text>
        <DataTable
          minWidth={520}
          aria-label={t('imports.mapping.title')}
          columns={[t('imports.mapping.column'), t('imports.mapping.field')]}
        >
          {imported.columns.map((column) => (
            <Table.Tr key={column}>
              <Table.Th scope="row">{column}</Table.Th>
              <Table.Td>
                <Select
                  aria-label={t('imports.mapping.fieldFor', { column })}
                  data={options}
                  value={mapping[column] ?? SKIP}
                  onChange={(value) => choose(column, value)}
                  allowDeselect={false}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
        {isNameMapped ? null : <ProblemAlert>{t('imports.mapping.nameRequired')}</ProblemAlert>}
        <ProblemAlert>{problems ? (Object.values(problems.fields)[0] ?? problems.form) : null}</ProblemAlert>
        <Group>
          <Button
            onClick={() => confirm.mutate(mapping)}
            disabled={!isNameMapped}
            loading={confirm.isPending}
          >
            {t('imports.mapping.submit')}
          </Button>
          {onCancel ? (
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          ) : null}
        </Group>
      </Stack>
    </Paper>
  );
}
