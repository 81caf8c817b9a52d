import { Group, List, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ConflictOutcomeBadge } from './deal-badges.tsx';
import type { DealRegistrationDetail } from './deal-queries.ts';

/** Why the registration is (or is not) in conflict, for the partner: reasons only, never whose. */
export function DealConflicts({ registration }: { registration: DealRegistrationDetail }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" radius="md">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          {t('deals.detail.conflicts')}
        </Title>
        <ConflictOutcomeBadge outcome={registration.conflictOutcome} />
      </Group>
      <Text size="sm" mb={registration.conflicts.length > 0 ? 'sm' : 0}>
        {registration.isFirstIn ? t('deals.detail.firstIn') : t('deals.detail.notFirstIn')}
      </Text>
      {registration.conflicts.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('deals.detail.noConflicts')}
        </Text>
      ) : (
        <List size="sm" spacing={6}>
          {registration.conflicts.map((conflict, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: conflicts carry no id for partners
            <List.Item key={index}>
              <Text span fw={600} size="sm">
                {t(`deals.kind.${conflict.kind}`)}:
              </Text>{' '}
              {conflict.reason}
            </List.Item>
          ))}
        </List>
      )}
    </Paper>
  );
}
