import { Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { type FormProblems, formProblemsOf, NO_PROBLEMS } from '../../api/form-problems.ts';
import { isApiError, unwrap } from '../../api/problem.ts';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { SIGN_IN_MESSAGES } from './sign-in-problems.ts';

type AcceptValues = { name: string; password: string; repeatPassword: string };
export type AcceptOutcome = 'accepted' | 'invalid-token' | 'email-taken';

// The API's rule (NIST SP 800-63B: length over composition); it answers the same if this drifts.
const MIN_PASSWORD_LENGTH = 10;

/** The newcomer's name and password; the invitation link's token says who they are. */
export function AcceptInvitationForm({
  token,
  onOutcome,
}: {
  token: string;
  onOutcome: (outcome: AcceptOutcome) => Promise<void> | void;
}) {
  const { t } = useTranslation();
  const [problems, setProblems] = useState<FormProblems>(NO_PROBLEMS);
  const [isSubmitting, setIsSubmitting] = useState(false);
  const form = useForm<AcceptValues>({
    initialValues: { name: '', password: '', repeatPassword: '' },
    validate: {
      name: (name) => (name.trim() ? null : t('acceptInvitation.errors.nameRequired')),
      password: (password) =>
        password.length >= MIN_PASSWORD_LENGTH ? null : t('acceptInvitation.errors.passwordTooShort'),
      repeatPassword: (repeated, values) =>
        repeated === values.password ? null : t('acceptInvitation.errors.passwordsDiffer'),
    },
  });

  const accept = async ({ name, password }: AcceptValues) => {
    setProblems(NO_PROBLEMS);
    setIsSubmitting(true);
    try {
      unwrap(await api.POST('/api/v1/invitations/accept', { body: { token, name: name.trim(), password } }));
      await onOutcome('accepted');
    } catch (error) {
      setIsSubmitting(false);
      if (isApiError(error) && error.code === 'email_taken') return onOutcome('email-taken');
      const found = formProblemsOf(error, t, SIGN_IN_MESSAGES);
      // A bad token is no typo the newcomer can fix here: the page explains what to do instead.
      if (found.fields.token) return onOutcome('invalid-token');
      form.setErrors(found.fields);
      setProblems(found);
    }
  };

  return (
    <form onSubmit={form.onSubmit(accept)} noValidate>
      <Stack>
        <ProblemAlert>{problems.form}</ProblemAlert>
        <TextInput
          label={t('acceptInvitation.name')}
          autoComplete="name"
          required
          {...form.getInputProps('name')}
        />
        <PasswordInput
          label={t('acceptInvitation.password')}
          description={t('acceptInvitation.passwordDescription')}
          autoComplete="new-password"
          required
          {...form.getInputProps('password')}
        />
        <PasswordInput
          label={t('acceptInvitation.repeatPassword')}
          autoComplete="new-password"
          required
          {...form.getInputProps('repeatPassword')}
        />
        <Button type="submit" loading={isSubmitting} fullWidth>
          {t('acceptInvitation.submit')}
        </Button>
      </Stack>
    </form>
  );
}
