import { Badge } from '@mantine/core';

export type StatusColour = 'blue' | 'green' | 'gray' | 'orange' | 'red';

/** A status as a coloured dot beside its name: one look for every status in the app. */
export function StatusBadge({ colour, label }: { colour: StatusColour; label: string }) {
  return (
    // In a table column the label would otherwise shrink to an ellipsis instead of the column growing.
    <Badge variant="dot" color={colour} styles={{ label: { overflow: 'visible' } }}>
      {label}
    </Badge>
  );
}
