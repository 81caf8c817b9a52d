import { Button, Group, PasswordInput, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { type ChangeEvent, type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import {
  type FormProblems,
  formProblemsOf,
  NO_PROBLEMS,
  type ProblemMessages,
} from '../../api/form-problems.ts';
import { unwrap } from '../../api/problem.ts';
import { PageSection } from '../../ui/page-section.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';

/** The server's rule (NIST: length over composition), checked here first to save a round trip. */
const MIN_PASSWORD_LENGTH = 10;

const PASSWORD_MESSAGES: ProblemMessages = {
  wrong_password: 'account.password.errors.wrongCurrent',
  weak_password: 'account.password.errors.tooShort',
};

const EMPTY = { currentPassword: '', newPassword: '', repeatPassword: '' };
type Field = keyof typeof EMPTY;

/** Changing the password ends the user's other sessions; this one stays signed in. */
export function PasswordSection() {
  const { t } = useTranslation();
  const [values, setValues] = useState(EMPTY);
  const [problems, setProblems] = useState<FormProblems>(NO_PROBLEMS);
  const change = useMutation({
    mutationFn: async (body: { currentPassword: string; newPassword: string }) =>
      unwrap(await api.POST('/api/v1/me/password', { body })),
  });

  const validate = (): Record<string, string> => {
    const missing: Record<string, string> = {};
    if (!values.currentPassword) missing.currentPassword = t('account.password.errors.currentRequired');
    if (values.newPassword.length < MIN_PASSWORD_LENGTH)
      missing.newPassword = t('account.password.errors.tooShort');
    if (values.repeatPassword !== values.newPassword) {
      missing.repeatPassword = t('account.password.errors.mismatch');
    }
    return missing;
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const missing = validate();
    if (Object.keys(missing).length > 0) return setProblems({ fields: missing, form: null });
    setProblems(NO_PROBLEMS);
    const { currentPassword, newPassword } = values;
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          setValues(EMPTY);
          notifications.show({ color: 'green', message: t('account.password.changed') });
        },
        onError: (error) => setProblems(formProblemsOf(error, t, PASSWORD_MESSAGES)),
      },
    );
  };

  const field = (name: Field, autoComplete: string) => ({
    name,
    autoComplete,
    value: values[name],
    onChange: (event: ChangeEvent<HTMLInputElement>) => {
      const value = event.currentTarget.value;
      setValues((current) => ({ ...current, [name]: value }));
      setProblems(({ fields, form }) => ({ fields: { ...fields, [name]: '' }, form }));
    },
    error: problems.fields[name] || null,
    'aria-invalid': Boolean(problems.fields[name]),
  });

  return (
    <PageSection title={t('account.password.title')} description={t('account.password.description')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm" maw={420}>
          <ProblemAlert>{problems.form}</ProblemAlert>
          <PasswordInput
            label={t('account.password.current')}
            {...field('currentPassword', 'current-password')}
          />
          <PasswordInput
            label={t('account.password.new')}
            description={t('account.password.newHint')}
            {...field('newPassword', 'new-password')}
          />
          <PasswordInput label={t('account.password.repeat')} {...field('repeatPassword', 'new-password')} />
          <Group>
            <Button type="submit" loading={change.isPending}>
              {t('account.password.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </PageSection>
  );
}
