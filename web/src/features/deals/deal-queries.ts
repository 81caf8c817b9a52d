import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { unwrap } from '../../api/problem.ts';
import type { paths } from '../../api/schema.d.ts';
import { useCursorList } from '../../api/use-cursor-list.ts';

type DealsPath = paths['/api/v1/deal-registrations'];
type DealPath = paths['/api/v1/deal-registrations/{id}'];
type ConflictCheckPath = paths['/api/v1/deal-registrations/conflict-check'];

/** One registration with its conflicts, as GET /deal-registrations/{id} returns it. */
export type DealRegistrationDetail = DealPath['get']['responses'][200]['content']['application/json'];
export type DealRegistration =
  DealsPath['get']['responses'][200]['content']['application/json']['data'][number];
export type DealConflict = DealRegistrationDetail['conflicts'][number];
export type DealStatus = DealRegistration['status'];
export type ConflictOutcome = DealRegistration['conflictOutcome'];
export type ConflictKind = DealConflict['kind'];
export type NewDealRegistration = DealsPath['post']['requestBody']['content']['application/json'];
export type ConflictCheckInput = ConflictCheckPath['post']['requestBody']['content']['application/json'];
export type ConflictCheck = ConflictCheckPath['post']['responses'][200]['content']['application/json'];
export type DealFilter = NonNullable<DealsPath['get']['parameters']['query']>;

export const DEAL_STATUSES: DealStatus[] = [
  'pending_approval',
  'more_info_requested',
  'approved',
  'rejected',
  'expired',
  'withdrawn',
];
export const CONFLICT_OUTCOMES: ConflictOutcome[] = ['clear', 'possible_conflict', 'conflict'];

/** Every list of registrations starts with this key, so a change reloads them all. */
export const DEAL_REGISTRATIONS_KEY = ['deal-registrations'] as const;

/**
 * The detail's query key. The approvals and disputes panels invalidate exactly this after a
 * decision, extension, dispute or stage change, so keep it as it is.
 */
export const dealRegistrationKey = (id: string) => ['deal-registration', id] as const;

export function useDealRegistrations(filter: Omit<DealFilter, 'cursor' | 'limit'>) {
  return useCursorList({
    queryKey: [...DEAL_REGISTRATIONS_KEY, filter],
    fetchPage: async (cursor) =>
      unwrap(await api.GET('/api/v1/deal-registrations', { params: { query: { ...filter, cursor } } })),
  });
}

export function useDealRegistration(id: string) {
  return useQuery({
    queryKey: dealRegistrationKey(id),
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/deal-registrations/{id}', { params: { path: { id } } })),
  });
}

/** What a registration of this customer would hit, asked while the partner types; nothing is saved. */
export function useConflictCheck(input: ConflictCheckInput | null) {
  return useQuery({
    queryKey: ['deal-conflict-check', input],
    enabled: input !== null,
    placeholderData: keepPreviousData,
    queryFn: async () =>
      unwrap(await api.POST('/api/v1/deal-registrations/conflict-check', { body: input! })),
  });
}

export function useRegisterDeal() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: NewDealRegistration) =>
      unwrap(await api.POST('/api/v1/deal-registrations', { body })),
    onSuccess: (created) => {
      queryClient.setQueryData(dealRegistrationKey(created.id), created);
      return queryClient.invalidateQueries({ queryKey: DEAL_REGISTRATIONS_KEY });
    },
  });
}
