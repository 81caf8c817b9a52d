import { Alert, Button, Group, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type FormProblems, formProblemsOf, NO_PROBLEMS } from '../../api/form-problems.ts';
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import {
  type AgreementVersion,
  useCreateAgreementVersion,
  usePublishAgreementVersion,
  useUpdateAgreementVersion,
} from './agreement-queries.ts';

type DraftEditorProps = {
  templateId: string;
  /** The saved draft; absent while the next version has not been saved yet. */
  draft?: AgreementVersion;
  /** What a new version starts from: the latest published text. */
  startFrom?: { title: string; body: string };
  nextNumber: number;
};

/** The next version's title and body: saved as a draft until published, then frozen. */
export function DraftEditor({ templateId, draft, startFrom, nextNumber }: DraftEditorProps) {
  const { t } = useTranslation();
  const create = useCreateAgreementVersion();
  const update = useUpdateAgreementVersion();
  const publish = usePublishAgreementVersion();
  const [title, setTitle] = useState(draft?.title ?? startFrom?.title ?? '');
  const [body, setBody] = useState(draft?.body ?? startFrom?.body ?? '');
  const [problems, setProblems] = useState<FormProblems>(NO_PROBLEMS);
  const [isConfirming, setIsConfirming] = useState(false);
  const [isSaved, setIsSaved] = useState(false);

  const validate = () => {
    const missing: Record<string, string> = {};
    if (!title.trim()) missing.title = t('agreements.draft.errors.titleRequired');
    if (!body.trim()) missing.body = t('agreements.draft.errors.bodyRequired');
    setProblems({ fields: missing, form: null });
    return Object.keys(missing).length === 0;
  };

  /** Saves what is in the editor and returns the draft's id. */
  const save = async () => {
    const text = { title: title.trim(), body: body.trim() };
    const saved = draft
      ? await update.mutateAsync({ id: draft.id, ...text })
      : await create.mutateAsync({ templateId, ...text });
    return saved.id;
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setIsSaved(false);
    if (!validate()) return;
    try {
      await save();
      setIsSaved(true);
    } catch (error) {
      setProblems(formProblemsOf(error, t));
    }
  };

  const saveAndPublish = async () => {
    try {
      await publish.mutateAsync(await save());
    } catch (error) {
      // Field problems (text the PDF cannot print) belong next to the fields, not in the dialog.
      const found = formProblemsOf(error, t);
      setProblems(found);
      if (Object.keys(found.fields).length === 0) throw error;
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Title order={2} size="h3">
          {t('agreements.draft.heading', { number: draft?.number ?? nextNumber })}
        </Title>
        <ProblemAlert>{problems.form}</ProblemAlert>
        {isSaved ? (
          <Alert color="green" variant="light" role="status">
            {t('agreements.draft.saved')}
          </Alert>
        ) : null}
        <TextInput
          label={t('agreements.draft.title')}
          value={title}
          onChange={(event) => setTitle(event.currentTarget.value)}
          error={problems.fields.title || null}
        />
        <Textarea
          label={t('agreements.draft.body')}
          description={t('agreements.draft.bodyHint')}
          autosize
          minRows={8}
          maxRows={24}
          value={body}
          onChange={(event) => setBody(event.currentTarget.value)}
          error={problems.fields.body || null}
        />
        <Group justify="flex-end">
          <Button type="submit" variant="default" loading={create.isPending || update.isPending}>
            {t('agreements.draft.save')}
          </Button>
          <Button onClick={() => validate() && setIsConfirming(true)}>{t('agreements.draft.publish')}</Button>
        </Group>
      </Stack>
      <ConfirmDialog
        opened={isConfirming}
        title={t('agreements.draft.confirmTitle', { number: draft?.number ?? nextNumber })}
        confirmLabel={t('agreements.draft.confirm')}
        onClose={() => setIsConfirming(false)}
        onConfirm={saveAndPublish}
      >
        {t('agreements.draft.confirmBody')}
      </ConfirmDialog>
    </form>
  );
}
