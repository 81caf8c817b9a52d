import { Paper, Skeleton, Text } from '@mantine/core';

type StatCardProps = { label: string; hint: string; value: string | null; isLoading: boolean };

/** One figure with its label; a skeleton while it loads, a dash when it could not. */
export function StatCard({ label, hint, value, isLoading }: StatCardProps) {
  return (
    <Paper withBorder p="md" radius="md">
      <Text size="sm" c="dimmed" fw={600}>
        {label}
      </Text>
      {isLoading ? (
        <Skeleton height={36} width={80} my={4} />
      ) : (
        <Text fz={32} fw={700} lh={1.3}>
          {value ?? '–'}
        </Text>
      )}
      <Text size="xs" c="dimmed">
        {hint}
      </Text>
    </Paper>
  );
}
