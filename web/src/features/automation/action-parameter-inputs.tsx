import { Anchor, NumberInput, Radio, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ActionAudienceInputs } from './action-audience-inputs.tsx';
import { type AutomationCatalogue, chatIntegrationsQueryOptions } from './automation-queries.ts';
import { PLACEHOLDER_EXAMPLE } from './placeholder-help.tsx';
import type { RuleFormValues } from './rule-form-values.ts';
import { useUserOptions } from './use-user-options.ts';

type Props = { form: UseFormReturnType<RuleFormValues>; index: number; catalogue: AutomationCatalogue };

/** The inputs of one action's own parameters, by its kind. */
export function ActionParameterInputs({ form, index, catalogue }: Props) {
  const { t } = useTranslation();
  const action = form.getValues().actions[index]!;
  const at = (parameter: string) => form.getInputProps(`actions.${index}.${parameter}`);
  const templateHint = t('automation.actions.templateHint', { example: PLACEHOLDER_EXAMPLE });
  switch (action.type) {
    case 'notify':
      return (
        <Stack gap="sm">
          <ActionAudienceInputs form={form} index={index} catalogue={catalogue} />
          <TextInput
            label={t('automation.actions.noticeTitle')}
            description={templateHint}
            withAsterisk
            {...at('title')}
          />
          <Textarea
            label={t('automation.actions.noticeBody')}
            autosize
            minRows={2}
            withAsterisk
            {...at('body')}
          />
        </Stack>
      );
    case 'email':
      return (
        <Stack gap="sm">
          <ActionAudienceInputs form={form} index={index} catalogue={catalogue} />
          <TextInput
            label={t('automation.actions.subject')}
            description={templateHint}
            withAsterisk
            {...at('subject')}
          />
          <Textarea
            label={t('automation.actions.emailBody')}
            autosize
            minRows={3}
            withAsterisk
            {...at('body')}
          />
        </Stack>
      );
    case 'create_task':
      return <CreateTaskInputs form={form} index={index} templateHint={templateHint} />;
    case 'webhook':
      return (
        <TextInput
          label={t('automation.actions.url')}
          description={t('automation.actions.urlHint')}
          placeholder="https://"
          withAsterisk
          {...at('url')}
        />
      );
    case 'chat':
      return <ChatInputs form={form} index={index} templateHint={templateHint} />;
  }
}

type InputsProps = { form: UseFormReturnType<RuleFormValues>; index: number; templateHint: string };

function CreateTaskInputs({ form, index, templateHint }: InputsProps) {
  const { t } = useTranslation();
  const users = useUserOptions();
  const action = form.getValues().actions[index]!;
  const at = (parameter: string) => form.getInputProps(`actions.${index}.${parameter}`);
  return (
    <Stack gap="sm">
      <Radio.Group label={t('automation.actions.assignee')} withAsterisk {...at('assignee.kind')}>
        <Stack gap={6} mt={6}>
          <Radio value="user" label={t('automation.actions.assigneeUser')} />
          <Radio value="partner_admin" label={t('automation.actions.assigneePartnerAdmin')} />
        </Stack>
      </Radio.Group>
      {action.assignee.kind === 'user' ? (
        <Select
          label={t('automation.actions.assigneePerson')}
          data={users.options}
          placeholder={users.isLoading ? t('common.loading') : undefined}
          searchable
          withAsterisk
          nothingFoundMessage={t('automation.actions.noPersonFound')}
          {...at('assignee.userId')}
          onChange={(value) => form.setFieldValue(`actions.${index}.assignee.userId`, value ?? '')}
        />
      ) : null}
      <TextInput
        label={t('automation.actions.taskTitle')}
        description={templateHint}
        withAsterisk
        {...at('title')}
      />
      <Textarea label={t('automation.actions.taskDescription')} autosize minRows={2} {...at('description')} />
      <NumberInput
        label={t('automation.actions.dueInDays')}
        description={t('automation.actions.dueInDaysHint')}
        min={0}
        max={365}
        allowDecimal={false}
        w={240}
        {...at('dueInDays')}
      />
    </Stack>
  );
}

function ChatInputs({ form, index, templateHint }: InputsProps) {
  const { t } = useTranslation();
  const integrations = useQuery(chatIntegrationsQueryOptions);
  const at = (parameter: string) => form.getInputProps(`actions.${index}.${parameter}`);
  const options = (integrations.data ?? []).map((integration) => ({
    value: integration.id,
    label: `${integration.name} (${integration.kind === 'slack' ? 'Slack' : 'Microsoft Teams'})`,
  }));
  return (
    <Stack gap="sm">
      <Select
        label={t('automation.actions.integration')}
        data={options}
        placeholder={integrations.isPending ? t('common.loading') : undefined}
        withAsterisk
        {...at('integrationId')}
        onChange={(value) => form.setFieldValue(`actions.${index}.integrationId`, value ?? '')}
      />
      {integrations.isSuccess && options.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('automation.actions.noIntegrations')}{' '}
          <Anchor component={Link} to="/console/chat" size="sm">
            {t('automation.actions.addIntegration')}
          </Anchor>
        </Text>
      ) : null}
      <TextInput
        label={t('automation.actions.messageTitle')}
        description={t('automation.actions.messageTitleHint')}
        {...at('title')}
      />
      <Textarea
        label={t('automation.actions.messageText')}
        description={templateHint}
        autosize
        minRows={2}
        withAsterisk
        {...at('text')}
      />
    </Stack>
  );
}
