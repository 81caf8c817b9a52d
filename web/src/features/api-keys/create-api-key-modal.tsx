import { Button, Checkbox, Group, Modal, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type FormProblems, formProblemsOf, NO_PROBLEMS } from '../../api/form-problems.ts';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useMe } from '../auth/me-query.ts';
import { type ApiKeyScope, type CreatedApiKey, useCreateApiKey } from './api-key-queries.ts';
import { SCOPE_LABELS } from './scope-labels.ts';

type CreateApiKeyModalProps = {
  opened: boolean;
  onClose: () => void;
  onCreated: (key: CreatedApiKey) => void;
};

/** A date input's "YYYY-MM-DD" as the end of that day where the reader is. */
function endOfDay(date: string): string {
  return new Date(`${date}T23:59:59`).toISOString();
}

function today(): string {
  const now = new Date();
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}

/** Name, scopes (only what the reader's own role may do) and an optional expiry. */
export function CreateApiKeyModal({ opened, onClose, onCreated }: CreateApiKeyModalProps) {
  const { t } = useTranslation();
  const me = useMe();
  const createKey = useCreateApiKey();
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<ApiKeyScope[]>([]);
  const [expiresOn, setExpiresOn] = useState('');
  const [problems, setProblems] = useState<FormProblems>(NO_PROBLEMS);

  const close = () => {
    setName('');
    setScopes([]);
    setExpiresOn('');
    setProblems(NO_PROBLEMS);
    createKey.reset();
    onClose();
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const missing: Record<string, string> = {};
    if (!name.trim()) missing.name = t('apiKeys.form.errors.nameRequired');
    if (scopes.length === 0) missing.scopes = t('apiKeys.form.errors.scopesRequired');
    if (expiresOn && expiresOn < today()) missing.expiresAt = t('apiKeys.form.errors.expiryInPast');
    if (Object.keys(missing).length > 0) return setProblems({ fields: missing, form: null });
    setProblems(NO_PROBLEMS);
    try {
      const created = await createKey.mutateAsync({
        name: name.trim(),
        scopes,
        ...(expiresOn ? { expiresAt: endOfDay(expiresOn) } : {}),
      });
      close();
      onCreated(created);
    } catch (error) {
      setProblems(formProblemsOf(error, t));
    }
  };

  return (
    <Modal opened={opened} onClose={close} title={t('apiKeys.form.title')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <ProblemAlert>{problems.form}</ProblemAlert>
          <TextInput
            label={t('apiKeys.form.name')}
            description={t('apiKeys.form.nameHint')}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={problems.fields.name || null}
            data-autofocus
          />
          <Checkbox.Group
            label={t('apiKeys.form.scopes')}
            description={t('apiKeys.form.scopesHint')}
            value={scopes}
            onChange={(value) => setScopes(value as ApiKeyScope[])}
            error={problems.fields.scopes || null}
          >
            <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="xs">
              {me.permissions.map((permission) => (
                <Checkbox
                  key={permission}
                  value={permission}
                  label={t(SCOPE_LABELS[permission])}
                  description={permission}
                />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          <TextInput
            type="date"
            label={t('apiKeys.form.expiresOn')}
            description={t('apiKeys.form.expiresOnHint')}
            min={today()}
            value={expiresOn}
            onChange={(event) => setExpiresOn(event.currentTarget.value)}
            error={problems.fields.expiresAt || null}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={createKey.isPending}>
              {t('apiKeys.form.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
