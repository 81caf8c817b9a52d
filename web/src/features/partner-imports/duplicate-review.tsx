import { Anchor, Badge, Group, Paper, Radio, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../ui/data-table.tsx';
import { PagedList } from '../../ui/paged-list.tsx';
import { type Decision, type ImportRow, type PartnerImport, useImportRows } from './imports-api.ts';
import { IMPORT_FIELDS } from './mapping-step.tsx';

type MergeableField = NonNullable<Decision['overwriteFields']>[number];
export type Choice = {
  decision: 'merge' | 'merge_overwrite' | 'create' | 'skip';
  overwriteFields: MergeableField[];
};

const CONTACT_FIELDS = new Set(['contactName', 'contactEmail']);

/** The API's decisions from what the person chose; "merge and overwrite" names the file's fields. */
export function decisionsOf(choices: Record<number, Choice>): Decision[] {
  return Object.entries(choices).map(([rowNumber, choice]) =>
    choice.decision === 'merge_overwrite'
      ? { rowNumber: Number(rowNumber), decision: 'merge', overwriteFields: choice.overwriteFields }
      : { rowNumber: Number(rowNumber), decision: choice.decision },
  );
}

type DuplicateReviewProps = {
  imported: PartnerImport;
  choices: Record<number, Choice>;
  onChange: (choices: Record<number, Choice>) => void;
};

/** Each proposed duplicate beside the partner it resembles, with why, and a decision per row. */
export function DuplicateReview({ imported, choices, onChange }: DuplicateReviewProps) {
  const { t } = useTranslation();
  const pending = imported.pendingDuplicates ?? 0;
  const rows = useImportRows(imported.id, { status: 'duplicate', isPending: 'true' }, pending > 0);
  if (pending === 0) return null;
  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        {t('imports.duplicates.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('imports.duplicates.intro')}
      </Text>
      <PagedList
        list={rows}
        errorTitle={t('imports.duplicates.loadFailed')}
        empty={t('imports.duplicates.empty')}
      >
        <Stack gap="md">
          {rows.items.map((row) => (
            <DuplicatePair
              key={row.rowNumber}
              row={row}
              choice={choices[row.rowNumber]}
              onChoose={(choice) => onChange({ ...choices, [row.rowNumber]: choice })}
            />
          ))}
        </Stack>
      </PagedList>
    </Stack>
  );
}

function DuplicatePair({
  row,
  choice,
  onChoose,
}: {
  row: ImportRow;
  choice: Choice | undefined;
  onChoose: (choice: Choice) => void;
}) {
  const { t } = useTranslation();
  const values = row.values ?? {};
  const candidate = row.match?.candidate ?? null;
  const fileFields = IMPORT_FIELDS.filter(
    (field) => values[field] !== undefined && !CONTACT_FIELDS.has(field),
  );
  const overwriteFields = fileFields as MergeableField[];
  const reason = row.match?.reason ?? 'same_name';
  const score = row.match?.score ?? null;
  const options: Choice['decision'][] = candidate
    ? ['merge', 'merge_overwrite', 'create', 'skip']
    : ['create', 'skip'];
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Group justify="space-between">
          <Text fw={600}>
            {t('imports.duplicates.row', { row: row.rowNumber, name: String(values.name ?? '') })}
          </Text>
          <Badge variant="light" color="orange">
            {t(`imports.reasons.${reason}`, { row: row.match?.duplicateOfRow ?? '' })}
            {score !== null && score < 1 ? ` · ${Math.round(score * 100)} %` : ''}
          </Badge>
        </Group>
        <DataTable
          minWidth={520}
          aria-label={t('imports.duplicates.compare', { row: row.rowNumber })}
          columns={[
            t('imports.duplicates.field'),
            t('imports.duplicates.inFile'),
            t('imports.duplicates.existing'),
          ]}
        >
          {fileFields.map((field) => (
            <Table.Tr key={field}>
              <Table.Th scope="row">{t(`imports.fields.${field}`)}</Table.Th>
              <Table.Td>{show(values[field])}</Table.Td>
              <Table.Td>
                {candidate ? (
                  field === 'name' ? (
                    <Anchor
                      renderRoot={(props) => (
                        <Link
                          {...props}
                          to="/console/partners/$partnerId"
                          params={{ partnerId: candidate.id }}
                        />
                      )}
                    >
                      {candidate.name}
                    </Anchor>
                  ) : (
                    show((candidate as Record<string, unknown>)[field])
                  )
                ) : (
                  t('imports.duplicates.sameAsRow', { row: row.match?.duplicateOfRow ?? '' })
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
        <Radio.Group
          label={t('imports.duplicates.decision', { row: row.rowNumber })}
          value={choice?.decision ?? null}
          onChange={(decision) => onChoose({ decision: decision as Choice['decision'], overwriteFields })}
        >
          <Group mt="xs">
            {options.map((option) => (
              <Radio key={option} value={option} label={t(`imports.decisions.${option}`)} />
            ))}
          </Group>
        </Radio.Group>
      </Stack>
    </Paper>
  );
}

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '–';
  return Array.isArray(value) ? value.join(', ') : String(value);
}
