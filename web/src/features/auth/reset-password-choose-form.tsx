import { Button, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { type FormProblems, formProblemsOf, NO_PROBLEMS } from '../../api/form-problems.ts';
import { unwrap } from '../../api/problem.ts';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { SIGN_IN_MESSAGES } from './sign-in-problems.ts';

type ChooseValues = { password: string; repeatPassword: string };

// The API's rule (NIST SP 800-63B: length over composition); it answers the same if this drifts.
const MIN_PASSWORD_LENGTH = 10;

/** The new password, set with the token from the reset e-mail. */
export function ResetPasswordChooseForm({
  token,
  onDone,
  onInvalidToken,
}: {
  token: string;
  onDone: () => Promise<void>;
  onInvalidToken: () => void;
}) {
  const { t } = useTranslation();
  const [problems, setProblems] = useState<FormProblems>(NO_PROBLEMS);
  const [isSubmitting, setIsSubmitting] = useState(false);
  const form = useForm<ChooseValues>({
    initialValues: { password: '', repeatPassword: '' },
    validate: {
      password: (password) =>
        password.length >= MIN_PASSWORD_LENGTH ? null : t('resetPassword.errors.passwordTooShort'),
      repeatPassword: (repeated, values) =>
        repeated === values.password ? null : t('resetPassword.errors.passwordsDiffer'),
    },
  });

  const choose = async ({ password }: ChooseValues) => {
    setProblems(NO_PROBLEMS);
    setIsSubmitting(true);
    try {
      unwrap(await api.POST('/api/v1/auth/password-reset/confirm', { body: { token, password } }));
      await onDone();
    } catch (error) {
      setIsSubmitting(false);
      const found = formProblemsOf(error, t, SIGN_IN_MESSAGES);
      // A used or expired link cannot be fixed on this form: the page offers a new one instead.
      if (found.fields.token) return onInvalidToken();
      form.setErrors(found.fields);
      setProblems(found);
    }
  };

  return (
    <form onSubmit={form.onSubmit(choose)} noValidate>
      <Stack>
        <Text size="sm">{t('resetPassword.chooseSubtitle')}</Text>
        <ProblemAlert>{problems.form}</ProblemAlert>
        <PasswordInput
          label={t('resetPassword.password')}
          description={t('resetPassword.passwordDescription')}
          autoComplete="new-password"
          required
          {...form.getInputProps('password')}
        />
        <PasswordInput
          label={t('resetPassword.repeatPassword')}
          autoComplete="new-password"
          required
          {...form.getInputProps('repeatPassword')}
        />
        <Button type="submit" loading={isSubmitting} fullWidth>
          {t('resetPassword.chooseSubmit')}
        </Button>
      </Stack>
    </form>
  );
}
