import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useEventTypeLabels } from '../i18n/event-type-label.ts';

/** The event types a webhook or chat integration listens for; none listed means every event. */
export function EventTypeBadges({ eventTypes, max }: { eventTypes: string[]; max?: number }) {
  const { t } = useTranslation();
  const labels = useEventTypeLabels();
  if (eventTypes.length === 0) return <Text size="sm">{t('common.allEvents')}</Text>;
  const shown = max === undefined ? eventTypes : eventTypes.slice(0, max);
  const hidden = eventTypes.length - shown.length;
  return (
    <Group gap={4}>
      {shown.map((type) => (
        <Badge key={type} variant="default" tt="none" fw={500} title={type}>
          {labels.eventType(type)}
        </Badge>
      ))}
      {hidden > 0 ? <Text size="sm">{t('common.moreEvents', { count: hidden })}</Text> : null}
    </Group>
  );
}
