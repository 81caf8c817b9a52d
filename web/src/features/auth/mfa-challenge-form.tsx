import { Button, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { type FormProblems, formProblemsOf } from '../../api/form-problems.ts';
import { unwrap } from '../../api/problem.ts';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import type { Me } from './me-query.ts';
import { SIGN_IN_MESSAGES } from './sign-in-problems.ts';

type MfaChallengeFormProps = { onSignedIn: (me: Me) => Promise<void>; onCancel: () => void };

const CODE_PATTERN = /^\d{6}$/;

/** The second step of signing in when the account has an authenticator app. */
export function MfaChallengeForm({ onSignedIn, onCancel }: MfaChallengeFormProps) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [problems, setProblems] = useState<FormProblems>({ fields: {}, form: null });
  const [isSubmitting, setIsSubmitting] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!CODE_PATTERN.test(code)) {
      return setProblems({ fields: { code: t('mfa.errors.codeFormat') }, form: null });
    }
    setIsSubmitting(true);
    try {
      await onSignedIn(unwrap(await api.POST('/api/v1/auth/mfa', { body: { code } })));
    } catch (error) {
      setProblems(formProblemsOf(error, t, SIGN_IN_MESSAGES));
      setIsSubmitting(false);
    }
  };

  // The half-signed-in session can only finish or sign out; ending it lets another account in.
  const switchAccount = async () => {
    await api.POST('/api/v1/auth/logout').catch(() => undefined);
    onCancel();
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text fw={600}>{t('mfa.title')}</Text>
        <Text size="sm">{t('mfa.description')}</Text>
        <ProblemAlert>{problems.form}</ProblemAlert>
        <TextInput
          label={t('mfa.code')}
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          value={code}
          onChange={(event) => {
            setCode(event.currentTarget.value.trim());
            setProblems({ fields: {}, form: null });
          }}
          error={problems.fields.code || null}
          aria-invalid={Boolean(problems.fields.code)}
        />
        <Button type="submit" loading={isSubmitting} fullWidth>
          {t('mfa.submit')}
        </Button>
        <Button variant="subtle" onClick={switchAccount}>
          {t('mfa.useAnotherAccount')}
        </Button>
      </Stack>
    </form>
  );
}
