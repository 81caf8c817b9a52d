import { Button, Checkbox, Group, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type FormProblems, formProblemsOf, NO_PROBLEMS } from '../../api/form-problems.ts';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useAcceptAgreementVersion } from './agreement-queries.ts';

type ClickWrapFormProps = { versionId: string; organisationName: string; agreementName: string };

/** The signature: the admin types their full name and confirms they accept for the organisation. */
export function ClickWrapForm({ versionId, organisationName, agreementName }: ClickWrapFormProps) {
  const { t } = useTranslation();
  const accept = useAcceptAgreementVersion();
  const [signerName, setSignerName] = useState('');
  const [isAgreed, setIsAgreed] = useState(false);
  const [problems, setProblems] = useState<FormProblems>(NO_PROBLEMS);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const missing: Record<string, string> = {};
    if (signerName.trim().length < 2) missing.signerName = t('agreements.accept.errors.nameRequired');
    if (!isAgreed) missing.agree = t('agreements.accept.errors.agreeRequired');
    if (Object.keys(missing).length > 0) return setProblems({ fields: missing, form: null });
    setProblems(NO_PROBLEMS);
    try {
      await accept.mutateAsync({ id: versionId, signerName: signerName.trim() });
    } catch (error) {
      setProblems(formProblemsOf(error, t));
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('agreements.accept.formLabel', { name: agreementName })}>
      <Stack gap="sm">
        <ProblemAlert>{problems.form}</ProblemAlert>
        <TextInput
          label={t('agreements.accept.signerName')}
          description={t('agreements.accept.signerNameHint')}
          autoComplete="name"
          value={signerName}
          onChange={(event) => setSignerName(event.currentTarget.value)}
          error={problems.fields.signerName || null}
        />
        <Checkbox
          label={t('agreements.accept.agree', { organisation: organisationName })}
          checked={isAgreed}
          onChange={(event) => setIsAgreed(event.currentTarget.checked)}
          error={problems.fields.agree || null}
        />
        <Group>
          <Button type="submit" loading={accept.isPending}>
            {t('agreements.accept.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
