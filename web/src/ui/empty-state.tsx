import { Paper, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** A quiet box for "nothing here yet", with what the reader can do about it. */
export function EmptyState({ children }: { children: ReactNode }) {
  return (
    <Paper withBorder p="lg" radius="md" bg="gray.0">
      <Text c="dimmed" ta="center">
        {children}
      </Text>
    </Paper>
  );
}
