import { Button, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type FormProblems, formProblemsOf, NO_PROBLEMS } from '../../api/form-problems.ts';
import { ErrorState } from '../../ui/error-state.tsx';
import { EventTypesField } from '../../ui/event-types-field.tsx';
import { LoadingState } from '../../ui/loading-state.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useWebhookEventTypes, type WebhookEndpointInput } from './webhook-queries.ts';

type WebhookEndpointFormProps = {
  initial: WebhookEndpointInput;
  submitLabel: string;
  onSubmit: (input: WebhookEndpointInput) => Promise<unknown>;
  onCancel: () => void;
};

/** The API names the event type it refused as `eventTypes.3`: shown under the whole list. */
function fieldProblemsOf(problems: FormProblems): Record<string, string> {
  const eventTypes = Object.entries(problems.fields).find(([field]) => field.startsWith('eventTypes'));
  return { ...problems.fields, eventTypes: eventTypes?.[1] ?? '' };
}

function isWebUrl(value: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/** URL, description and event types: registering and editing an endpoint ask the same. */
export function WebhookEndpointForm({ initial, submitLabel, onSubmit, onCancel }: WebhookEndpointFormProps) {
  const { t } = useTranslation();
  const catalogue = useWebhookEventTypes();
  const [url, setUrl] = useState(initial.url);
  const [description, setDescription] = useState(initial.description);
  const [eventTypes, setEventTypes] = useState(initial.eventTypes);
  const [problems, setProblems] = useState<FormProblems>(NO_PROBLEMS);
  const [isSubmitting, setIsSubmitting] = useState(false);
  const fields = fieldProblemsOf(problems);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!isWebUrl(url.trim())) {
      return setProblems({ fields: { url: t('webhooks.form.errors.urlInvalid') }, form: null });
    }
    setProblems(NO_PROBLEMS);
    setIsSubmitting(true);
    try {
      await onSubmit({ url: url.trim(), description: description.trim(), eventTypes });
    } catch (error) {
      setProblems(formProblemsOf(error, t));
    } finally {
      setIsSubmitting(false);
    }
  };

  if (catalogue.isPending) return <LoadingState />;
  if (catalogue.error) return <ErrorState error={catalogue.error} onRetry={() => void catalogue.refetch()} />;
  // An endpoint may still listen for a type the catalogue no longer lists; keep it visible.
  const options = [
    ...catalogue.data.map((info) => info.type),
    ...initial.eventTypes.filter((type) => !catalogue.data.some((info) => info.type === type)),
  ];

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ProblemAlert>{problems.form}</ProblemAlert>
        <TextInput
          label={t('webhooks.form.url')}
          description={t('webhooks.form.urlHint')}
          type="url"
          placeholder="https://example.com/trellis/events"
          value={url}
          onChange={(event) => setUrl(event.currentTarget.value)}
          error={fields.url || null}
          data-autofocus
        />
        <Textarea
          label={t('webhooks.form.description')}
          description={t('webhooks.form.descriptionHint')}
          autosize
          minRows={2}
          maxLength={500}
          value={description}
          onChange={(event) => setDescription(event.currentTarget.value)}
          error={fields.description || null}
        />
        <EventTypesField
          label={t('webhooks.form.eventTypes')}
          description={t('webhooks.form.eventTypesHint')}
          options={options}
          value={eventTypes}
          onChange={setEventTypes}
          error={fields.eventTypes || null}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={isSubmitting}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
