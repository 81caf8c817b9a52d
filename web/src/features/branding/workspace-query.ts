import { queryOptions } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { unwrap } from '../../api/problem.ts';
import type { components } from '../../api/schema.d.ts';

export type Workspace = components['schemas']['Workspace'];
export type Branding = Workspace['branding'];

/** The signed-in person's workspace and its branding (a partner sees its vendor's). */
export const workspaceQueryOptions = queryOptions({
  queryKey: ['workspace'],
  queryFn: async () => unwrap(await api.GET('/api/v1/workspace')),
  staleTime: 5 * 60 * 1000,
});
