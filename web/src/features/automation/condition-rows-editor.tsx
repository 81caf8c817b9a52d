import { ActionIcon, Autocomplete, Button, Code, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { CONDITION_OPERATORS, operatorTakesValue } from './condition-rows.ts';
import type { RuleFormValues } from './rule-form-values.ts';

type Props = { form: UseFormReturnType<RuleFormValues>; fields: string[] };

/** "If": rows that must all hold, or a condition written elsewhere that the rows cannot show. */
export function ConditionRowsEditor({ form, fields }: Props) {
  const { t } = useTranslation();
  const { conditionRows, fixedCondition } = form.getValues();
  const conditionError = form.errors.condition;

  if (fixedCondition) {
    return (
      <Stack gap="sm">
        <Text size="sm">{t('automation.conditions.fixedExplanation')}</Text>
        <Code block aria-label={t('automation.conditions.fixedLabel')}>
          {JSON.stringify(fixedCondition.value, null, 2)}
        </Code>
        {conditionError ? <ProblemAlert>{String(conditionError)}</ProblemAlert> : null}
        <Button
          variant="default"
          w="fit-content"
          onClick={() => {
            form.setFieldValue('fixedCondition', null);
            form.setFieldValue('conditionRows', []);
          }}
        >
          {t('automation.conditions.replaceFixed')}
        </Button>
      </Stack>
    );
  }

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {conditionRows.length === 0
          ? t('automation.conditions.none')
          : t('automation.conditions.allMustHold')}
      </Text>
      {conditionRows.map((row, index) => {
        const position = index + 1;
        return (
          // Rows have no identity of their own; their place is their key.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <Group key={index} align="flex-start" gap="xs" wrap="wrap">
            <Autocomplete
              label={t('automation.conditions.field', { position })}
              placeholder="after.status"
              data={fields}
              w={240}
              {...form.getInputProps(`conditionRows.${index}.field`)}
            />
            <Select
              label={t('automation.conditions.operator', { position })}
              data={CONDITION_OPERATORS.map((operator) => ({
                value: operator,
                label: t(`automation.conditions.operators.${operator}`),
              }))}
              allowDeselect={false}
              w={200}
              {...form.getInputProps(`conditionRows.${index}.operator`)}
            />
            {operatorTakesValue(row.operator) ? (
              <TextInput
                label={t('automation.conditions.value', { position })}
                w={220}
                {...form.getInputProps(`conditionRows.${index}.value`)}
              />
            ) : null}
            <ActionIcon
              variant="subtle"
              color="red"
              mt={28}
              aria-label={t('automation.conditions.remove', { position })}
              onClick={() => form.removeListItem('conditionRows', index)}
            >
              ✕
            </ActionIcon>
          </Group>
        );
      })}
      {conditionError ? <ProblemAlert>{String(conditionError)}</ProblemAlert> : null}
      <Button
        variant="default"
        w="fit-content"
        onClick={() => form.insertListItem('conditionRows', { field: '', operator: 'equals', value: '' })}
      >
        {t('automation.conditions.add')}
      </Button>
      <Text size="xs" c="dimmed">
        {t('automation.conditions.valueHint')}
      </Text>
    </Stack>
  );
}
