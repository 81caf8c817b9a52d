import { Button, FileInput, Group, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type FormProblems, formProblemsOf, NO_PROBLEMS } from '../../api/form-problems.ts';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { type ComplianceRequirement, readAsDataUrl, useSubmitDocument } from './compliance-queries.ts';

const MAX_BYTES = 10 * 1024 * 1024;

/** Upload a document (or, where none is needed, confirm) for one requirement, with its dates. */
export function SubmitDocumentForm({ requirement }: { requirement: ComplianceRequirement }) {
  const { t } = useTranslation();
  const submit = useSubmitDocument();
  const [file, setFile] = useState<File | null>(null);
  const [issuedOn, setIssuedOn] = useState('');
  const [expiresOn, setExpiresOn] = useState('');
  const [problems, setProblems] = useState<FormProblems>(NO_PROBLEMS);

  const send = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (requirement.isDocumentRequired && !file) {
      return setProblems({ fields: { file: t('compliance.portal.errors.fileRequired') }, form: null });
    }
    if (file && file.size > MAX_BYTES) {
      return setProblems({ fields: { file: t('compliance.portal.errors.fileTooLarge') }, form: null });
    }
    setProblems(NO_PROBLEMS);
    try {
      await submit.mutateAsync({
        requirementId: requirement.id,
        ...(file ? { file: await readAsDataUrl(file), fileName: file.name } : {}),
        ...(issuedOn ? { issuedOn } : {}),
        ...(expiresOn ? { expiresOn } : {}),
      });
      setFile(null);
      setIssuedOn('');
      setExpiresOn('');
      notifications.show({ color: 'green', message: t('compliance.portal.submitted') });
    } catch (error) {
      setProblems(formProblemsOf(error, t));
    }
  };

  return (
    <form onSubmit={send} noValidate>
      <Stack gap="sm">
        <ProblemAlert>{problems.form}</ProblemAlert>
        {requirement.isDocumentRequired ? (
          <FileInput
            label={t('compliance.portal.file', { name: requirement.name })}
            description={t('compliance.portal.fileHint')}
            accept="application/pdf,image/png,image/jpeg"
            clearable
            value={file}
            onChange={setFile}
            error={problems.fields.file ?? problems.fields.fileName ?? null}
          />
        ) : null}
        <Group grow align="flex-start">
          <TextInput
            type="date"
            label={t('compliance.portal.issuedOn')}
            description={t('compliance.portal.issuedOnHint')}
            value={issuedOn}
            onChange={(event) => setIssuedOn(event.currentTarget.value)}
            error={problems.fields.issuedOn ?? null}
          />
          <TextInput
            type="date"
            label={t('compliance.portal.expiresOn')}
            description={t('compliance.portal.expiresOnHint')}
            value={expiresOn}
            onChange={(event) => setExpiresOn(event.currentTarget.value)}
            error={problems.fields.expiresOn ?? null}
          />
        </Group>
        <Group justify="flex-end">
          <Button type="submit" loading={submit.isPending}>
            {t(requirement.isDocumentRequired ? 'compliance.portal.upload' : 'compliance.portal.attest')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
