import { Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useEventTypeLabels } from '../../i18n/event-type-label.ts';
import { useFormat } from '../../i18n/use-format.ts';
import type { Notification } from './notification-queries.ts';

type NotificationItemProps = {
  notification: Notification;
  onMarkRead: (id: string) => void;
  isMarking: boolean;
};

/** One notice: unread ones stand out (colour and a word for screen readers) and can be marked read. */
export function NotificationItem({ notification, onMarkRead, isMarking }: NotificationItemProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const labels = useEventTypeLabels();
  const navigate = useNavigate();
  const { id, isRead, link } = notification;
  const open = (event: MouseEvent<HTMLAnchorElement>, href: string) => {
    // Opening what a notice is about is reading it.
    if (!isRead) onMarkRead(id);
    event.preventDefault();
    void navigate({ href });
  };
  return (
    <Paper
      component="li"
      withBorder
      p="md"
      radius="md"
      bg={isRead ? undefined : 'blue.0'}
      style={isRead ? undefined : { borderLeft: '4px solid var(--mantine-color-blue-6)' }}
      data-testid="notification"
      data-unread={isRead ? undefined : 'true'}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
        <Stack gap={4}>
          <Group gap="xs">
            {isRead ? null : (
              <Badge size="sm" color="blue" variant="filled">
                {t('notifications.unread')}
              </Badge>
            )}
            <Text fw={isRead ? 500 : 700}>{notification.title}</Text>
          </Group>
          <Text size="sm">{notification.body}</Text>
          <Text size="xs" c="dimmed">
            {labels.eventType(notification.type)} ·{' '}
            <time dateTime={notification.createdAt} title={format.dateTime(notification.createdAt)}>
              {format.relative(notification.createdAt)}
            </time>
          </Text>
        </Stack>
        <Group gap="xs" wrap="nowrap">
          {link ? (
            <Anchor
              href={link}
              size="sm"
              aria-label={t('notifications.openOf', { title: notification.title })}
              onClick={(event) => open(event, link)}
            >
              {t('notifications.open')}
            </Anchor>
          ) : null}
          {isRead ? null : (
            <Button
              size="xs"
              variant="default"
              loading={isMarking}
              aria-label={t('notifications.markReadOf', { title: notification.title })}
              onClick={() => onMarkRead(id)}
            >
              {t('notifications.markRead')}
            </Button>
          )}
        </Group>
      </Group>
    </Paper>
  );
}
