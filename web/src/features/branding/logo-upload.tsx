import { Alert, Button, FileInput, Group, Image, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { formProblemsOf } from '../../api/form-problems.ts';
import { unwrap } from '../../api/problem.ts';
import { useShowSavedWorkspace } from './use-save-workspace.ts';
import type { Workspace } from './workspace-query.ts';

const ACCEPTED_TYPES = ['image/png', 'image/jpeg', 'image/webp'];
const MAX_BYTES = 256 * 1024;

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
    reader.readAsDataURL(file);
  });
}

/** The logo shown next to the product name; e-mail clients load it from its public address. */
export function LogoUpload({ workspace }: { workspace: Workspace }) {
  const { t } = useTranslation();
  const showSaved = useShowSavedWorkspace();
  const [problem, setProblem] = useState<string | null>(null);

  const onSaved = (saved: Workspace) => {
    showSaved(saved);
    setProblem(null);
    notifications.show({ color: 'green', message: t('branding.saved') });
  };
  const onError = (error: unknown) => {
    const problems = formProblemsOf(error, t);
    setProblem(problems.fields.image ?? problems.form);
  };

  const upload = useMutation({
    mutationFn: async (file: File) =>
      unwrap(await api.PUT('/api/v1/workspace/logo', { body: { image: await readAsDataUrl(file) } })),
    onSuccess: onSaved,
    onError,
  });
  const remove = useMutation({
    mutationFn: async () => unwrap(await api.DELETE('/api/v1/workspace/logo')),
    onSuccess: onSaved,
    onError,
  });

  const choose = (file: File | null) => {
    if (!file) return;
    if (!ACCEPTED_TYPES.includes(file.type)) return setProblem(t('branding.errors.logoType'));
    if (file.size > MAX_BYTES) return setProblem(t('branding.errors.logoSize'));
    upload.mutate(file);
  };

  const logoUrl = workspace.branding.logoUrl;
  return (
    <Paper withBorder p="lg" radius="md">
      <Stack>
        <Title order={2} size="h3">
          {t('branding.logo')}
        </Title>
        {logoUrl ? (
          <Image src={logoUrl} alt={t('branding.currentLogo')} h={64} w="auto" fit="contain" maw={240} />
        ) : (
          <Text c="dimmed">{t('branding.noLogo')}</Text>
        )}
        <FileInput
          label={t('branding.uploadLogo')}
          description={t('branding.logoHint')}
          accept={ACCEPTED_TYPES.join(',')}
          value={null}
          onChange={choose}
          disabled={upload.isPending}
          error={problem}
        />
        {upload.isPending ? (
          <Alert variant="light" role="status">
            {t('branding.uploading')}
          </Alert>
        ) : null}
        {logoUrl ? (
          <Group>
            <Button variant="default" color="red" onClick={() => remove.mutate()} loading={remove.isPending}>
              {t('branding.removeLogo')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}
