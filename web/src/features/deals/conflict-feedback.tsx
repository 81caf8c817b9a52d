import { Alert, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ConflictCheck } from './deal-queries.ts';

const COLOURS = { clear: 'green', possible_conflict: 'yellow', conflict: 'red' } as const;

/**
 * What a registration of the customer typed so far would collide with, as the partner types.
 * Only the reasons: the check never says whose registration or account it matched.
 */
export function ConflictFeedback({ check, isChecking }: { check: ConflictCheck; isChecking: boolean }) {
  const { t } = useTranslation();
  const isRefused = check.conflicts.some((conflict) => conflict.kind === 'direct_only_account');
  return (
    <Alert
      color={COLOURS[check.outcome]}
      variant="light"
      role="status"
      aria-live="polite"
      aria-busy={isChecking}
      title={t(`deals.check.title.${check.outcome}`)}
      styles={{
        title: { color: 'var(--mantine-color-dark-8)' },
        message: { color: 'var(--mantine-color-dark-8)' },
      }}
    >
      <Text size="sm">{t(`deals.check.body.${check.outcome}`)}</Text>
      {isRefused ? (
        <Text size="sm" fw={600} mt="xs">
          {t('deals.check.refused')}
        </Text>
      ) : null}
      {check.conflicts.length > 0 ? (
        <List size="sm" mt="xs" spacing={4}>
          {check.conflicts.map((conflict, index) => (
            // Reasons can repeat word for word (two registrations matched the same way).
            // biome-ignore lint/suspicious/noArrayIndexKey: the list is replaced whole on each check
            <List.Item key={index}>
              <Text span fw={600} size="sm">
                {t(`deals.kind.${conflict.kind}`)}:
              </Text>{' '}
              {conflict.reason}
            </List.Item>
          ))}
        </List>
      ) : null}
    </Alert>
  );
}
