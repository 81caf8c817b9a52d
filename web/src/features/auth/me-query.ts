import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { unwrap } from '../../api/problem.ts';
import type { components } from '../../api/schema.d.ts';

export type Me = components['schemas']['Me'];
export type Permission = Me['permissions'][number];
export type Role = Me['user']['role'];

/** Who is signed in: the user, their organisation and what their role may do. */
export const meQueryOptions = queryOptions({
  queryKey: ['me'],
  queryFn: async () => unwrap(await api.GET('/api/v1/me')),
  staleTime: 5 * 60 * 1000,
});

/** The signed-in user, inside the signed-in area (its route has loaded it before drawing). */
export function useMe(): Me {
  return useSuspenseQuery(meQueryOptions).data;
}
