import { Code, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export const PLACEHOLDER_EXAMPLE = '{{after.name}}';

/** How texts take values from the event, with the fields this rule's event offers. */
export function PlaceholderHelp({ fields }: { fields: string[] }) {
  const { t } = useTranslation();
  return (
    <div>
      <Text size="sm">{t('automation.actions.placeholderHelp', { example: PLACEHOLDER_EXAMPLE })}</Text>
      <Group gap={6} mt={6}>
        {fields.map((field) => (
          <Code key={field}>{`{{${field}}}`}</Code>
        ))}
      </Group>
    </div>
  );
}
