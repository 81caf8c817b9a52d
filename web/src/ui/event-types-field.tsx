import { Checkbox, ScrollArea, SimpleGrid } from '@mantine/core';
import { useEventTypeLabels } from '../i18n/event-type-label.ts';

type EventTypesFieldProps = {
  label: string;
  description: string;
  options: readonly string[];
  value: string[];
  onChange: (value: string[]) => void;
  error?: string | null;
};

/** Which events to send, picked from the catalogue by name; none picked means all of them. */
export function EventTypesField({
  label,
  description,
  options,
  value,
  onChange,
  error,
}: EventTypesFieldProps) {
  const labels = useEventTypeLabels();
  return (
    <Checkbox.Group label={label} description={description} value={value} onChange={onChange} error={error}>
      <ScrollArea.Autosize mah={260} mt="xs" type="auto" offsetScrollbars>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          {options.map((type) => (
            <Checkbox key={type} value={type} label={labels.eventType(type)} description={type} />
          ))}
        </SimpleGrid>
      </ScrollArea.Autosize>
    </Checkbox.Group>
  );
}
