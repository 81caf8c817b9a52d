import { Badge } from '@mantine/core';

export type StatusColour = 'blue' | 'green' | 'gray' | 'orange';

/**
 * A status as a coloured dot beside dark text: Mantine's tinted badges put pale text on a tinted
 * background, which falls short of WCAG AA contrast at badge size.
 */
export function StatusBadge({ colour, label }: { colour: StatusColour; label: string }) {
  return (
    <Badge variant="dot" color={colour}>
      {label}
    </Badge>
  );
}
