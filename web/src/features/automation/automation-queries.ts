import { queryOptions } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { unwrap } from '../../api/problem.ts';
import type { components } from '../../api/schema.d.ts';

export type AutomationCatalogue = components['schemas']['AutomationCatalogue'];
export type AutomationRuleRun = components['schemas']['AutomationRuleRun'];
export type ChatIntegration = components['schemas']['ChatIntegration'];
export type User = components['schemas']['User'];

export const catalogueQueryOptions = queryOptions({
  queryKey: ['automation', 'catalogue'],
  queryFn: async () => unwrap(await api.GET('/api/v1/automation/catalogue')),
  staleTime: 60 * 60 * 1000,
});

export const ruleQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['automation', 'rules', id],
    queryFn: async () => unwrap(await api.GET('/api/v1/automation-rules/{id}', { params: { path: { id } } })),
  });

/**
 * People an action can name. One page of the largest size: a picker, not a directory; a
 * workspace with more active people than that narrows by typing in the searchable select.
 */
export const activeUsersQueryOptions = queryOptions({
  queryKey: ['users', 'active-picker'],
  queryFn: async () =>
    unwrap(await api.GET('/api/v1/users', { params: { query: { status: 'active', limit: 200 } } })).data,
  staleTime: 5 * 60 * 1000,
});

export const chatIntegrationsQueryOptions = queryOptions({
  queryKey: ['chat-integrations', 'picker'],
  queryFn: async () =>
    unwrap(await api.GET('/api/v1/chat-integrations', { params: { query: { limit: 200 } } })).data,
  staleTime: 5 * 60 * 1000,
});

/** Role names an action's audience parameter allows, read from the catalogue's JSON Schema. */
export function rolesOf(catalogue: AutomationCatalogue, actionType: string, parameter: string): string[] {
  const schema = catalogue.actions.find((action) => action.type === actionType)?.parameters as
    | { properties?: Record<string, { items?: { enum?: unknown[] } }> }
    | undefined;
  const values = schema?.properties?.[parameter]?.items?.enum ?? [];
  return values.filter((value): value is string => typeof value === 'string');
}
