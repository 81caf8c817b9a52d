import { Alert, Button, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { type FormProblems, formProblemsOf, NO_PROBLEMS } from '../../api/form-problems.ts';
import { unwrap } from '../../api/problem.ts';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { SIGN_IN_MESSAGES } from './sign-in-problems.ts';

/**
 * Asks for a reset link. The answer is the same whether or not the address has an account, as
 * the API's is: nobody can use this form to find out who signs in here.
 */
export function ResetPasswordRequestForm() {
  const { t } = useTranslation();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [problems, setProblems] = useState<FormProblems>(NO_PROBLEMS);
  const [isSubmitting, setIsSubmitting] = useState(false);
  const form = useForm({
    initialValues: { email: '' },
    validate: { email: (email) => (email.trim() ? null : t('resetPassword.errors.emailRequired')) },
  });

  const request = async ({ email }: { email: string }) => {
    setProblems(NO_PROBLEMS);
    setIsSubmitting(true);
    try {
      unwrap(await api.POST('/api/v1/auth/password-reset', { body: { email: email.trim() } }));
      setSentTo(email.trim());
    } catch (error) {
      const found = formProblemsOf(error, t, SIGN_IN_MESSAGES);
      form.setErrors(found.fields);
      setProblems(found);
    }
    setIsSubmitting(false);
  };

  if (sentTo !== null) {
    return (
      <Alert color="green" variant="light" role="status">
        {t('resetPassword.sent', { email: sentTo })}
      </Alert>
    );
  }
  return (
    <form onSubmit={form.onSubmit(request)} noValidate>
      <Stack>
        <Text size="sm">{t('resetPassword.requestSubtitle')}</Text>
        <ProblemAlert>{problems.form}</ProblemAlert>
        <TextInput
          label={t('resetPassword.email')}
          type="email"
          autoComplete="username"
          required
          {...form.getInputProps('email')}
        />
        <Button type="submit" loading={isSubmitting} fullWidth>
          {t('resetPassword.requestSubmit')}
        </Button>
      </Stack>
    </form>
  );
}
