import { Button, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type FormProblems, formProblemsOf, NO_PROBLEMS } from '../../api/form-problems.ts';
import { isLocale, LOCALES } from '../../i18n/i18n.ts';
import { PageSection } from '../../ui/page-section.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import type { Me } from '../auth/me-query.ts';
import { useChangeLocale } from '../me/use-change-locale.ts';
import { useUpdateName } from '../me/use-update-name.ts';

const NAME_MAX_LENGTH = 200;

/** Name and language can be changed; e-mail, role and organisation are set by an administrator. */
export function ProfileSection({ me }: { me: Me }) {
  const { t } = useTranslation();
  const [name, setName] = useState(me.user.name);
  const [problems, setProblems] = useState<FormProblems>(NO_PROBLEMS);
  const updateName = useUpdateName();
  const changeLocale = useChangeLocale();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return setProblems({ fields: { name: t('account.profile.nameRequired') }, form: null });
    setProblems(NO_PROBLEMS);
    updateName.mutate(trimmed, {
      onSuccess: (user) => {
        setName(user.name);
        notifications.show({ color: 'green', message: t('account.profile.saved') });
      },
      onError: (error) => setProblems(formProblemsOf(error, t)),
    });
  };

  return (
    <PageSection title={t('account.profile.title')} description={t('account.profile.description')}>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <ReadOnlyField label={t('account.profile.email')} value={me.user.email} />
        <ReadOnlyField label={t('account.profile.role')} value={t(`roles.${me.user.role}`)} />
        <ReadOnlyField label={t('account.profile.organisation')} value={me.organisation.name} />
      </SimpleGrid>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm" maw={420}>
          <ProblemAlert>{problems.form}</ProblemAlert>
          <TextInput
            label={t('account.profile.name')}
            name="name"
            autoComplete="name"
            maxLength={NAME_MAX_LENGTH}
            value={name}
            onChange={(event) => {
              setName(event.currentTarget.value);
              setProblems(NO_PROBLEMS);
            }}
            error={problems.fields.name || null}
            aria-invalid={Boolean(problems.fields.name)}
          />
          <Group>
            <Button type="submit" loading={updateName.isPending} disabled={name.trim() === me.user.name}>
              {t('account.profile.saveName')}
            </Button>
          </Group>
        </Stack>
      </form>
      <NativeSelect
        maw={420}
        label={t('language.label')}
        description={t('account.profile.languageHint')}
        value={me.user.locale}
        disabled={changeLocale.isPending}
        data={LOCALES.map((locale) => ({ value: locale, label: t(`language.names.${locale}`) }))}
        onChange={(event) => {
          const next = event.currentTarget.value;
          if (isLocale(next)) changeLocale.mutate(next);
        }}
      />
    </PageSection>
  );
}

function ReadOnlyField({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={2}>
      <Text size="sm" fw={600}>
        {label}
      </Text>
      <Text size="sm">{value}</Text>
    </Stack>
  );
}
