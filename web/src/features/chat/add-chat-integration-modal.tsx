import { Button, Group, Modal, Radio, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type FormProblems, formProblemsOf, NO_PROBLEMS } from '../../api/form-problems.ts';
import { EventTypesField } from '../../ui/event-types-field.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { CHAT_EVENT_TYPES } from './chat-event-types.ts';
import { type ChatEventType, type ChatKind, useCreateChatIntegration } from './chat-queries.ts';

type AddChatIntegrationModalProps = { opened: boolean; onClose: () => void };

const isChatKind = (value: string): value is ChatKind => value === 'slack' || value === 'teams';

/** Slack or Teams, a name for the channel, its incoming-webhook URL and what to post there. */
export function AddChatIntegrationModal({ opened, onClose }: AddChatIntegrationModalProps) {
  const { t } = useTranslation();
  const create = useCreateChatIntegration();
  const [kind, setKind] = useState<ChatKind>('slack');
  const [name, setName] = useState('');
  const [webhookUrl, setWebhookUrl] = useState('');
  const [eventTypes, setEventTypes] = useState<ChatEventType[]>([]);
  const [problems, setProblems] = useState<FormProblems>(NO_PROBLEMS);

  const close = () => {
    setKind('slack');
    setName('');
    setWebhookUrl('');
    setEventTypes([]);
    setProblems(NO_PROBLEMS);
    create.reset();
    onClose();
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const missing: Record<string, string> = {};
    if (!name.trim()) missing.name = t('chat.form.errors.nameRequired');
    if (!/^https?:\/\/\S+$/.test(webhookUrl.trim())) missing.webhookUrl = t('chat.form.errors.urlInvalid');
    if (Object.keys(missing).length > 0) return setProblems({ fields: missing, form: null });
    setProblems(NO_PROBLEMS);
    try {
      await create.mutateAsync({ kind, name: name.trim(), webhookUrl: webhookUrl.trim(), eventTypes });
      close();
    } catch (error) {
      setProblems(formProblemsOf(error, t));
    }
  };

  const eventTypesError = Object.entries(problems.fields).find(([field]) => field.startsWith('eventTypes'));

  return (
    <Modal opened={opened} onClose={close} title={t('chat.form.title')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <ProblemAlert>{problems.form}</ProblemAlert>
          <Radio.Group
            label={t('chat.form.kind')}
            value={kind}
            onChange={(value) => {
              if (isChatKind(value)) setKind(value);
            }}
            error={problems.fields.kind || null}
          >
            <Group mt="xs">
              <Radio value="slack" label={t('chat.kinds.slack')} />
              <Radio value="teams" label={t('chat.kinds.teams')} />
            </Group>
          </Radio.Group>
          <TextInput
            label={t('chat.form.name')}
            description={t('chat.form.nameHint')}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={problems.fields.name || null}
          />
          <TextInput
            label={t('chat.form.webhookUrl')}
            description={t(
              kind === 'slack' ? 'chat.form.webhookUrlHintSlack' : 'chat.form.webhookUrlHintTeams',
            )}
            type="url"
            value={webhookUrl}
            onChange={(event) => setWebhookUrl(event.currentTarget.value)}
            error={problems.fields.webhookUrl || null}
          />
          <EventTypesField
            label={t('chat.form.eventTypes')}
            description={t('chat.form.eventTypesHint')}
            options={CHAT_EVENT_TYPES}
            value={eventTypes}
            onChange={(value) => setEventTypes(value as ChatEventType[])}
            error={eventTypesError?.[1] ?? null}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('chat.form.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
