import { Button, SegmentedControl, Stack } from '@mantine/core';
import { notifications as toasts } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCursorList } from '../../api/use-cursor-list.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { PagedList } from '../../ui/paged-list.tsx';
import { NotificationItem } from './notification-item.tsx';
import {
  fetchNotificationsPage,
  NOTIFICATIONS_KEY,
  type NotificationFilter,
  unreadCountQueryOptions,
  useMarkAllNotificationsRead,
  useMarkNotificationRead,
} from './notification-queries.ts';

/** The notification centre: what happened that concerns you, newest first. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<NotificationFilter>('all');
  const list = useCursorList({
    queryKey: [...NOTIFICATIONS_KEY, 'list', filter],
    fetchPage: (cursor) => fetchNotificationsPage(filter, cursor),
  });
  const { data: unreadCount = 0 } = useQuery(unreadCountQueryOptions);
  const markRead = useMarkNotificationRead();
  const markAllRead = useMarkAllNotificationsRead();
  const showFailure = () => toasts.show({ color: 'red', message: t('notifications.markFailed') });

  return (
    <>
      <PageHeader
        title={t('notifications.title')}
        description={t('notifications.description')}
        actions={
          <Button
            variant="light"
            disabled={unreadCount === 0}
            loading={markAllRead.isPending}
            onClick={() => markAllRead.mutate(undefined, { onError: showFailure })}
          >
            {t('notifications.markAllRead')}
          </Button>
        }
      />
      <Stack gap="md">
        <SegmentedControl
          w="fit-content"
          aria-label={t('notifications.filterLabel')}
          value={filter}
          onChange={(value) => setFilter(value === 'unread' ? 'unread' : 'all')}
          data={[
            { value: 'all', label: t('notifications.filterAll') },
            { value: 'unread', label: t('notifications.filterUnread') },
          ]}
        />
        <PagedList
          list={list}
          empty={filter === 'unread' ? t('notifications.emptyUnread') : t('notifications.empty')}
          errorTitle={t('notifications.loadFailed')}
        >
          <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
            {list.items.map((notification) => (
              <NotificationItem
                key={notification.id}
                notification={notification}
                isMarking={markRead.isPending && markRead.variables === notification.id}
                onMarkRead={(id) => markRead.mutate(id, { onError: showFailure })}
              />
            ))}
          </Stack>
        </PagedList>
      </Stack>
    </>
  );
}
