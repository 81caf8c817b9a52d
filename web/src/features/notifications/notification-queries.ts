import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { unwrap } from '../../api/problem.ts';
import type { components } from '../../api/schema.d.ts';

export type Notification = components['schemas']['Notification'];

/** Every notification query starts with this key, so one invalidation refreshes list and bell. */
export const NOTIFICATIONS_KEY = ['notifications'] as const;

const UNREAD_POLL_MS = 30_000;

/** The bell's figure: polled, because the worker creates notifications in the background. */
export const unreadCountQueryOptions = queryOptions({
  queryKey: [...NOTIFICATIONS_KEY, 'unread-count'],
  queryFn: async () => unwrap(await api.GET('/api/v1/notifications/unread-count')).count,
  refetchInterval: UNREAD_POLL_MS,
});

export type NotificationFilter = 'all' | 'unread';

export async function fetchNotificationsPage(filter: NotificationFilter, cursor: string | undefined) {
  const query = { cursor, ...(filter === 'unread' ? { isUnread: 'true' as const } : {}) };
  return unwrap(await api.GET('/api/v1/notifications', { params: { query } }));
}

/** After either kind of marking, the list and the bell both refetch. */
function useNotificationsMutation<T>(mutationFn: (input: T) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSettled: () => queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY }),
  });
}

export function useMarkNotificationRead() {
  return useNotificationsMutation(async (id: string) =>
    unwrap(await api.POST('/api/v1/notifications/{id}/read', { params: { path: { id } } })),
  );
}

export function useMarkAllNotificationsRead() {
  return useNotificationsMutation(async () => unwrap(await api.POST('/api/v1/notifications/read-all')));
}
