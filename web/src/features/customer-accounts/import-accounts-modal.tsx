import { Alert, Button, FileInput, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessageOf } from '../../api/form-problems.ts';
import { ApiError } from '../../api/problem.ts';
import { DataTable } from '../../ui/data-table.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { type ImportResult, useImportAccounts } from './customer-accounts-api.ts';

type BadRow = { row: number; column: string; message: string };

/** The rows the API refused, from its problem's `rows.N.column` fields. */
function badRowsOf(error: unknown): BadRow[] {
  if (!(error instanceof ApiError)) return [];
  return (error.problem?.errors ?? []).flatMap(({ field, message }) => {
    const match = /^rows\.(\d+)\.(.+)$/.exec(field);
    return match ? [{ row: Number(match[1]), column: match[2]!, message }] : [];
  });
}

/** Upload a CRM export; all of it is imported, or nothing and the bad rows are listed. */
export function ImportAccountsModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('customerAccounts.import.title')} size="xl">
      <ImportForm onClose={onClose} />
    </Modal>
  );
}

function ImportForm({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const upload = useImportAccounts();
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const badRows = badRowsOf(error);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!file) return;
    setError(null);
    setResult(null);
    try {
      setResult(await upload.mutateAsync(file));
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">{t('customerAccounts.import.help')}</Text>
        <FileInput
          label={t('customerAccounts.import.file')}
          accept=".csv,.xlsx"
          value={file}
          onChange={setFile}
          clearable
        />
        {result ? (
          <Alert color="green" variant="light" role="status">
            {t('customerAccounts.import.done', {
              created: result.accountsCreated,
              updated: result.accountsUpdated,
              opportunities: result.opportunitiesCreated + result.opportunitiesUpdated,
            })}
          </Alert>
        ) : null}
        <ProblemAlert>{error ? problemMessageOf(error, t) : null}</ProblemAlert>
        {badRows.length > 0 ? (
          <DataTable
            minWidth={480}
            columns={[
              t('customerAccounts.import.row'),
              t('customerAccounts.import.column'),
              t('customerAccounts.import.problem'),
            ]}
          >
            {badRows.map((problem) => (
              <Table.Tr key={`${problem.row}-${problem.column}-${problem.message}`}>
                <Table.Td>{problem.row}</Table.Td>
                <Table.Td>{problem.column}</Table.Td>
                <Table.Td>{problem.message}</Table.Td>
              </Table.Tr>
            ))}
          </DataTable>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.close')}
          </Button>
          <Button type="submit" disabled={!file} loading={upload.isPending}>
            {t('customerAccounts.import.upload')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
