import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch } from '../../api/client.ts';
import { unwrap } from '../../api/problem.ts';
import type { paths } from '../../api/schema.d.ts';
import { useCursorList } from '../../api/use-cursor-list.ts';

type Json<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;

export type DealRegistrationDetail = Json<paths['/api/v1/deal-registrations/{id}']['get']['responses'][200]>;
export type ApprovalStep = DealRegistrationDetail['approvals'][number];
export type ExtensionRequest = DealRegistrationDetail['extensions'][number];
export type ApprovalQueueItem = Json<
  paths['/api/v1/deal-approval-queue']['get']['responses'][200]
>['data'][number];
export type SlaState = ApprovalQueueItem['slaState'];
export type DealSettings = Json<paths['/api/v1/deal-registration-settings']['get']['responses'][200]>;
export type DealSettingsInput = Json<
  NonNullable<paths['/api/v1/deal-registration-settings']['put']['requestBody']>
>;
export type ApproverRole = DealSettings['approvalLevels'][number]['role'];

/** The registration detail's query key, shared with the deal pages so an action refreshes them. */
export const dealRegistrationKey = (id: string) => ['deal-registration', id] as const;
const QUEUE_KEY = ['deal-approval-queue'] as const;
const SETTINGS_KEY = ['deal-registration-settings'] as const;

export function useApprovalQueue(filters: { slaState?: SlaState | undefined; region?: string | undefined }) {
  return useCursorList({
    queryKey: [...QUEUE_KEY, filters.slaState ?? 'all', filters.region ?? 'all'],
    fetchPage: async (cursor) =>
      unwrap(
        await api.GET('/api/v1/deal-approval-queue', {
          params: { query: { cursor, slaState: filters.slaState, region: filters.region || undefined } },
        }),
      ),
  });
}

export function useDealRegistration(id: string | null) {
  return useQuery({
    queryKey: dealRegistrationKey(id ?? ''),
    enabled: id !== null,
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/deal-registrations/{id}', { params: { path: { id: id ?? '' } } })),
  });
}

export function useDealSettings() {
  return useQuery({
    queryKey: SETTINGS_KEY,
    queryFn: async () => unwrap(await api.GET('/api/v1/deal-registration-settings')),
  });
}

export function useSaveDealSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ values, version }: { values: DealSettingsInput; version: number }) =>
      unwrap(
        await api.PUT('/api/v1/deal-registration-settings', {
          body: values,
          headers: version > 0 ? ifMatch(version) : {},
        }),
      ),
    onSuccess: (saved) => queryClient.setQueryData(SETTINGS_KEY, saved),
  });
}

/** Any decision changes the registration and the queue: both are read again. */
function useDealAction<Input>(registrationId: string, action: (input: Input) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: action,
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: dealRegistrationKey(registrationId) }),
        queryClient.invalidateQueries({ queryKey: QUEUE_KEY }),
      ]);
    },
  });
}

const path = (id: string) => ({ params: { path: { id } } });

export function useDealActions(registration: { id: string; version: number }) {
  const id = registration.id;
  const headers = ifMatch(registration.version);
  return {
    approve: useDealAction(id, async (input: { note?: string }) =>
      unwrap(
        await api.POST('/api/v1/deal-registrations/{id}/approve', { ...path(id), body: input, headers }),
      ),
    ),
    reject: useDealAction(id, async (input: { reason: string }) =>
      unwrap(await api.POST('/api/v1/deal-registrations/{id}/reject', { ...path(id), body: input, headers })),
    ),
    requestInfo: useDealAction(id, async (input: { question: string }) =>
      unwrap(
        await api.POST('/api/v1/deal-registrations/{id}/request-info', { ...path(id), body: input, headers }),
      ),
    ),
    provideInfo: useDealAction(id, async (input: { answer: string }) =>
      unwrap(await api.POST('/api/v1/deal-registrations/{id}/info', { ...path(id), body: input })),
    ),
    withdraw: useDealAction(id, async (input: { reason?: string }) =>
      unwrap(await api.POST('/api/v1/deal-registrations/{id}/withdraw', { ...path(id), body: input })),
    ),
    requestExtension: useDealAction(id, async (input: { reason: string }) =>
      unwrap(
        await api.POST('/api/v1/deal-registrations/{id}/extension-requests', { ...path(id), body: input }),
      ),
    ),
    approveExtension: useDealAction(id, async (input: { extensionId: string }) =>
      unwrap(
        await api.POST('/api/v1/deal-registration-extensions/{id}/approve', {
          ...path(input.extensionId),
          body: {},
        }),
      ),
    ),
    rejectExtension: useDealAction(id, async (input: { extensionId: string; note: string }) =>
      unwrap(
        await api.POST('/api/v1/deal-registration-extensions/{id}/reject', {
          ...path(input.extensionId),
          body: { note: input.note },
        }),
      ),
    ),
  };
}
