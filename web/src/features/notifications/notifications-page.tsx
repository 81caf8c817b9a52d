import { Button, SegmentedControl, Stack } from '@mantine/core';
import { notifications as toasts } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCursorList } from '../../api/use-cursor-list.ts';
import { EmptyState } from '../../ui/empty-state.tsx';
import { ErrorState } from '../../ui/error-state.tsx';
import { LoadMoreButton } from '../../ui/load-more-button.tsx';
import { LoadingState } from '../../ui/loading-state.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
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
        {list.isPending ? (
          <LoadingState />
        ) : list.error ? (
          <ErrorState error={list.error} onRetry={list.refetch} title={t('notifications.loadFailed')} />
        ) : list.items.length === 0 ? (
          <EmptyState>
            {filter === 'unread' ? t('notifications.emptyUnread') : t('notifications.empty')}
          </EmptyState>
        ) : (
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
        )}
        <LoadMoreButton hasMore={list.hasMore} isLoadingMore={list.isLoadingMore} loadMore={list.loadMore} />
      </Stack>
    </>
  );
}
