import { Button, Group, Menu, Paper, Select, Stack, Switch, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEventTypeLabels } from '../../i18n/event-type-label.ts';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { ActionEditor } from './action-editor.tsx';
import type { AutomationCatalogue } from './automation-queries.ts';
import { conditionFieldsFor } from './condition-fields.ts';
import { ConditionRowsEditor } from './condition-rows-editor.tsx';
import { PlaceholderHelp } from './placeholder-help.tsx';
import { ruleFormProblemsOf } from './rule-form-problems.ts';
import {
  ACTION_TYPES,
  missingInputsOf,
  newAction,
  type RuleFormValues,
  ruleRequestOf,
} from './rule-form-values.ts';

const MAX_ACTIONS = 10;

type RuleRequest = ReturnType<typeof ruleRequestOf>;

type Props = {
  catalogue: AutomationCatalogue;
  initialValues: RuleFormValues;
  submitLabel: string;
  /** Saves the rule; throws the API's error, whose problems the form then shows in place. */
  onSave: (request: RuleRequest) => Promise<void>;
};

/** "When this event happens, if these conditions hold, do these actions", as inputs. */
export function AutomationRuleForm({ catalogue, initialValues, submitLabel, onSave }: Props) {
  const { t } = useTranslation();
  const labels = useEventTypeLabels();
  const form = useForm<RuleFormValues>({ mode: 'controlled', initialValues });
  const [formError, setFormError] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const values = form.getValues();
  const eventInfo = catalogue.eventTypes.find((info) => info.type === values.eventType);
  const fields = conditionFieldsFor(eventInfo?.entityType);

  const eventOptions = entityTypesOf(catalogue).map((entityType) => ({
    group: labels.entityType(entityType),
    items: catalogue.eventTypes
      .filter((info) => info.entityType === entityType)
      .map((info) => ({ value: info.type, label: labels.eventType(info.type) })),
  }));

  const submit = async (submitted: RuleFormValues) => {
    setFormError(null);
    const missing = missingInputsOf(submitted);
    if (Object.keys(missing).length > 0) {
      form.setErrors(
        Object.fromEntries(
          Object.entries(missing).map(([path, problem]) => [
            path,
            problem === 'audience'
              ? t('automation.form.errors.audience')
              : t('automation.form.errors.required'),
          ]),
        ),
      );
      return;
    }
    setIsSaving(true);
    try {
      await onSave(ruleRequestOf(submitted));
      form.resetDirty();
    } catch (error) {
      const problems = ruleFormProblemsOf(error, t);
      form.setErrors(problems.fields);
      setFormError(problems.form);
    } finally {
      setIsSaving(false);
    }
  };

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate>
      <Stack gap="lg">
        <ProblemAlert style={{ whiteSpace: 'pre-line' }}>{formError}</ProblemAlert>
        <Section title={t('automation.form.aboutSection')}>
          <TextInput
            label={t('automation.form.name')}
            withAsterisk
            maxLength={200}
            {...form.getInputProps('name')}
          />
          <Textarea
            label={t('automation.form.description')}
            autosize
            minRows={2}
            maxLength={1000}
            {...form.getInputProps('description')}
          />
          <Switch
            label={t('automation.form.enabled')}
            description={t('automation.form.enabledHint')}
            {...form.getInputProps('isEnabled', { type: 'checkbox' })}
          />
        </Section>
        <Section title={t('automation.form.whenSection')}>
          <Select
            label={t('automation.form.eventType')}
            description={t('automation.form.eventTypeHint')}
            data={eventOptions}
            searchable
            allowDeselect={false}
            withAsterisk
            maxDropdownHeight={360}
            {...form.getInputProps('eventType')}
            onChange={(next) => form.setFieldValue('eventType', next ?? '')}
          />
        </Section>
        <Section title={t('automation.form.ifSection')}>
          <ConditionRowsEditor form={form} fields={fields} />
        </Section>
        <Section title={t('automation.form.thenSection')}>
          <PlaceholderHelp fields={fields} />
          {values.actions.map((action, index) => (
            <ActionEditor
              key={action.key}
              form={form}
              index={index}
              catalogue={catalogue}
              canRecheck={eventInfo?.canRecheck ?? false}
              onMove={(to) => {
                form.clearErrors();
                form.reorderListItem('actions', { from: index, to });
              }}
              onRemove={() => {
                form.clearErrors();
                form.removeListItem('actions', index);
              }}
            />
          ))}
          <Menu position="bottom-start">
            <Menu.Target>
              <Button variant="default" w="fit-content" disabled={values.actions.length >= MAX_ACTIONS}>
                {t('automation.actions.add')}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              {ACTION_TYPES.filter((type) => catalogue.actions.some((entry) => entry.type === type)).map(
                (type) => (
                  <Menu.Item key={type} onClick={() => form.insertListItem('actions', newAction(type))}>
                    {t(`automation.actions.kinds.${type}`)}
                  </Menu.Item>
                ),
              )}
            </Menu.Dropdown>
          </Menu>
        </Section>
        <Group>
          <Button type="submit" loading={isSaving}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function entityTypesOf(catalogue: AutomationCatalogue): string[] {
  return [...new Set(catalogue.eventTypes.map((info) => info.entityType))];
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="lg" radius="md">
      <Stack gap="md">
        <Title order={2} size="h4">
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}
