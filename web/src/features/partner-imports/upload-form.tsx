import { Button, FileInput, Group, Paper, Stack, Text } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formProblemsOf } from '../../api/form-problems.ts';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useUploadImport } from './imports-api.ts';

const ACCEPTED = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MAX_BYTES = 50 * 1024 * 1024;

/** Step one: choose a CSV or Excel file; the server reads its header and proposes a mapping. */
export function UploadForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const upload = useUploadImport();
  const [file, setFile] = useState<File | null>(null);
  const [tooLarge, setTooLarge] = useState(false);
  const problems = upload.error ? formProblemsOf(upload.error, t) : null;
  const fileError =
    (tooLarge ? t('imports.upload.tooLarge') : null) ??
    problems?.fields['body.content'] ??
    problems?.fields['body.fileName'] ??
    null;

  const submit = async () => {
    if (!file) return;
    if (file.size > MAX_BYTES) {
      setTooLarge(true);
      return;
    }
    const created = await upload.mutateAsync(file);
    await navigate({ to: '/console/partners/import/$importId', params: { importId: created.id } });
  };

  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('imports.upload.intro')}
        </Text>
        <FileInput
          label={t('imports.upload.file')}
          accept={ACCEPTED}
          value={file}
          onChange={(chosen) => {
            setFile(chosen);
            setTooLarge(false);
            upload.reset();
          }}
          error={fileError}
          clearable
        />
        <ProblemAlert>{problems?.form}</ProblemAlert>
        <Group>
          <Button
            onClick={() => void submit().catch(() => undefined)}
            disabled={!file}
            loading={upload.isPending}
          >
            {t('imports.upload.submit')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
