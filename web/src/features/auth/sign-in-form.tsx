import { Anchor, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { type FormProblems, formProblemsOf, NO_PROBLEMS } from '../../api/form-problems.ts';
import { unwrap } from '../../api/problem.ts';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import type { Me } from './me-query.ts';
import { SIGN_IN_MESSAGES } from './sign-in-problems.ts';

type SignInFormProps = { onSignedIn: (me: Me) => Promise<void>; onMfaRequired: () => void };

/** E-mail and password. The API's field errors appear under the field they name. */
export function SignInForm({ onSignedIn, onMfaRequired }: SignInFormProps) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [problems, setProblems] = useState<FormProblems>(NO_PROBLEMS);
  const [isSubmitting, setIsSubmitting] = useState(false);

  const clearField = (field: string) =>
    setProblems(({ fields, form }) => ({ fields: { ...fields, [field]: '' }, form }));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const missing: Record<string, string> = {};
    if (!email.trim()) missing.email = t('signIn.errors.emailRequired');
    if (!password) missing.password = t('signIn.errors.passwordRequired');
    if (Object.keys(missing).length > 0) return setProblems({ fields: missing, form: null });
    setProblems(NO_PROBLEMS);
    setIsSubmitting(true);
    try {
      const result = unwrap(await api.POST('/api/v1/auth/login', { body: { email, password } }));
      if (result.isMfaRequired || !result.me) return onMfaRequired();
      await onSignedIn(result.me);
    } catch (error) {
      setProblems(formProblemsOf(error, t, SIGN_IN_MESSAGES));
      setIsSubmitting(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ProblemAlert>{problems.form}</ProblemAlert>
        <TextInput
          label={t('signIn.email')}
          name="email"
          type="email"
          autoComplete="username"
          value={email}
          onChange={(event) => {
            setEmail(event.currentTarget.value);
            clearField('email');
          }}
          error={problems.fields.email || null}
          aria-invalid={Boolean(problems.fields.email)}
        />
        <PasswordInput
          label={t('signIn.password')}
          name="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => {
            setPassword(event.currentTarget.value);
            clearField('password');
          }}
          error={problems.fields.password || null}
          aria-invalid={Boolean(problems.fields.password)}
        />
        <Button type="submit" loading={isSubmitting} fullWidth>
          {t('signIn.submit')}
        </Button>
        <Anchor component={Link} to="/reset-password" size="sm" ta="center">
          {t('resetPassword.forgotLink')}
        </Anchor>
      </Stack>
    </form>
  );
}
