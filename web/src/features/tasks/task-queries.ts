import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { unwrap } from '../../api/problem.ts';
import type { components } from '../../api/schema.d.ts';

export type Task = components['schemas']['Task'];
export type TaskStatus = Task['status'];

export const TASKS_QUERY_KEY = ['tasks'];

/**
 * The people the reader can see (row-level security decides: a partner sees its own
 * organisation), to pick an assignee from. One page of the largest size.
 */
export const visibleUsersQueryOptions = queryOptions({
  queryKey: ['users', 'visible-picker'],
  queryFn: async () => unwrap(await api.GET('/api/v1/users', { params: { query: { limit: 200 } } })).data,
  staleTime: 5 * 60 * 1000,
});

export function useVisibleUsers() {
  const query = useQuery(visibleUsersQueryOptions);
  const users = query.data ?? [];
  const activeOptions = users
    .filter((user) => user.status === 'active')
    .map((user) => ({ value: user.id, label: `${user.name} (${user.email})` }));
  return { activeOptions, isLoading: query.isPending };
}

/** A day picked in a date input ("2025-03-31") as the end of that day, where the reader is. */
export function endOfDay(day: string): string {
  return new Date(`${day}T23:59:59`).toISOString();
}

export function isOverdue(task: Task, now: number = Date.now()): boolean {
  return task.status === 'open' && task.dueAt !== null && new Date(task.dueAt).getTime() < now;
}
