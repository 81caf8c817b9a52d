import { Button, ColorInput, Group, Paper, Stack, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { type FormProblems, formProblemsOf, NO_PROBLEMS } from '../../api/form-problems.ts';
import { unwrap } from '../../api/problem.ts';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useShowSavedWorkspace } from './use-save-workspace.ts';
import type { Workspace } from './workspace-query.ts';

/** Dark enough for white text, as the API requires; offered as a start. */
const SUGGESTED_COLOURS = ['#1864ab', '#0b7285', '#2b8a3e', '#5f3dc4', '#a61e4d', '#c92a2a', '#343a40'];

export function BrandingForm({ workspace }: { workspace: Workspace }) {
  const { t } = useTranslation();
  const showSaved = useShowSavedWorkspace();
  const [productName, setProductName] = useState(workspace.branding.productName ?? '');
  const [primaryColor, setPrimaryColor] = useState(workspace.branding.primaryColor ?? '');
  const [problems, setProblems] = useState<FormProblems>(NO_PROBLEMS);

  const save = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.PATCH('/api/v1/workspace/branding', {
          body: { productName: productName.trim() || null, primaryColor: primaryColor.trim() || null },
        }),
      ),
    onSuccess: (saved) => {
      showSaved(saved);
      setProblems(NO_PROBLEMS);
      notifications.show({ color: 'green', message: t('branding.saved') });
    },
    onError: (error) => setProblems(formProblemsOf(error, t)),
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (primaryColor.trim() && !/^#[0-9a-f]{6}$/i.test(primaryColor.trim())) {
      return setProblems({ fields: { primaryColor: t('branding.errors.colourFormat') }, form: null });
    }
    save.mutate();
  };

  return (
    <Paper withBorder p="lg" radius="md">
      <form onSubmit={submit} noValidate aria-labelledby="branding-form-title">
        <Stack>
          <Title order={2} size="h3" id="branding-form-title">
            {t('branding.nameAndColour')}
          </Title>
          <ProblemAlert>{problems.form}</ProblemAlert>
          <TextInput
            label={t('branding.productName')}
            description={t('branding.productNameHint')}
            placeholder={t('app.name')}
            maxLength={60}
            value={productName}
            onChange={(event) => setProductName(event.currentTarget.value)}
            error={problems.fields.productName || null}
          />
          <ColorInput
            label={t('branding.primaryColor')}
            description={t('branding.primaryColorHint')}
            placeholder="#1864ab"
            format="hex"
            swatches={SUGGESTED_COLOURS}
            withEyeDropper={false}
            value={primaryColor}
            onChange={setPrimaryColor}
            error={problems.fields.primaryColor || null}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
