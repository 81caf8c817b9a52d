import { ActionIcon, Checkbox, Group, Paper, Select, Stack, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { ActionParameterInputs } from './action-parameter-inputs.tsx';
import type { AutomationCatalogue } from './automation-queries.ts';
import { DelayInput } from './delay-input.tsx';
import { ACTION_TYPES, isActionType, newAction, type RuleFormValues } from './rule-form-values.ts';

type Props = {
  form: UseFormReturnType<RuleFormValues>;
  index: number;
  catalogue: AutomationCatalogue;
  canRecheck: boolean;
  onMove: (to: number) => void;
  onRemove: () => void;
};

/** One action of the rule: its kind, its parameters, its wait, and its place in the order. */
export function ActionEditor({ form, index, catalogue, canRecheck, onMove, onRemove }: Props) {
  const { t } = useTranslation();
  const actions = form.getValues().actions;
  const action = actions[index]!;
  const position = index + 1;
  const actionError = form.errors[`actions.${index}`];
  const offered = ACTION_TYPES.filter((type) => catalogue.actions.some((entry) => entry.type === type));
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Group justify="space-between" align="center">
          <Title order={3} size="h5">
            {t('automation.actions.heading', { position })}
          </Title>
          <Group gap={4}>
            <ActionIcon
              variant="subtle"
              aria-label={t('automation.actions.moveUp', { position })}
              disabled={index === 0}
              onClick={() => onMove(index - 1)}
            >
              ↑
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              aria-label={t('automation.actions.moveDown', { position })}
              disabled={index === actions.length - 1}
              onClick={() => onMove(index + 1)}
            >
              ↓
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('automation.actions.remove', { position })}
              disabled={actions.length === 1}
              onClick={onRemove}
            >
              ✕
            </ActionIcon>
          </Group>
        </Group>
        <ProblemAlert>{actionError}</ProblemAlert>
        <Select
          label={t('automation.actions.kind')}
          data={offered.map((type) => ({ value: type, label: t(`automation.actions.kinds.${type}`) }))}
          allowDeselect={false}
          value={action.type}
          error={form.errors[`actions.${index}.type`]}
          onChange={(next) => {
            if (!isActionType(next)) return;
            // A new kind starts clean but keeps its place and its wait.
            form.setFieldValue(`actions.${index}`, {
              ...newAction(next),
              key: action.key,
              delaySeconds: action.delaySeconds,
            });
          }}
          w={320}
        />
        <ActionParameterInputs form={form} index={index} catalogue={catalogue} />
        <DelayInput
          value={action.delaySeconds}
          onChange={(seconds) => form.setFieldValue(`actions.${index}.delaySeconds`, seconds)}
          error={form.errors[`actions.${index}.delaySeconds`] as string | undefined}
        />
        {action.delaySeconds > 0 ? (
          <Checkbox
            label={t('automation.actions.recheck')}
            description={
              canRecheck ? t('automation.actions.recheckHint') : t('automation.actions.recheckUnavailable')
            }
            disabled={!canRecheck && !action.recheckCondition}
            {...form.getInputProps(`actions.${index}.recheckCondition`, { type: 'checkbox' })}
          />
        ) : null}
      </Stack>
    </Paper>
  );
}
