import { Badge } from '@mantine/core';

export type StatusColour = 'blue' | 'green' | 'gray' | 'orange';

/**
 * A status as a coloured dot beside dark text: Mantine's tinted badges put pale text on a tinted
 * background, which falls short of WCAG AA contrast at badge size.
 */
export function StatusBadge({ colour, label }: { colour: StatusColour; label: string }) {
  return (
    // In a table column the label would otherwise shrink to an ellipsis instead of the column growing.
    <Badge variant="dot" color={colour} styles={{ label: { overflow: 'visible' } }}>
      {label}
    </Badge>
  );
}
