import { queryOptions } from '@tanstack/react-query';
import { api, ifMatch } from '../../api/client.ts';
import { unwrap } from '../../api/problem.ts';
import type { paths } from '../../api/schema.d.ts';

type Json<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;

export type DealRegistrationDetail = Json<paths['/api/v1/deal-registrations/{id}']['get']['responses'][200]>;
export type DealDispute = Json<paths['/api/v1/deal-disputes']['get']['responses'][200]>['data'][number];
export type DealDisputeDetail = Json<paths['/api/v1/deal-disputes/{id}']['get']['responses'][200]>;
export type DealPipeline = Json<paths['/api/v1/deal-pipeline']['get']['responses'][200]>;
export type DealPipelineQuery = NonNullable<paths['/api/v1/deal-pipeline']['get']['parameters']['query']>;
export type DisputeStatus = DealDispute['status'];
export type PipelineStage = DealRegistrationDetail['stage'];
export type PartnerDealRole = DealRegistrationDetail['partners'][number]['role'];
type Body<Path extends keyof paths, Method extends 'post' | 'put'> = paths[Path][Method] extends {
  requestBody?: { content: { 'application/json': infer Input } };
}
  ? Input
  : never;
export type OpenDisputeInput = Body<'/api/v1/deal-registrations/{id}/disputes', 'post'>;
export type MoveStageInput = Body<'/api/v1/deal-registrations/{id}/stage', 'post'>;
export type PartnerLineInput = Body<'/api/v1/deal-registrations/{id}/partners', 'put'>['partners'][number];
export type CommentInput = Body<'/api/v1/deal-disputes/{id}/comments', 'post'>;
export type DecisionInput = Body<'/api/v1/deal-disputes/{id}/decision', 'post'>;

export const PIPELINE_STAGES: PipelineStage[] = [
  'registered',
  'qualified',
  'proposal',
  'negotiation',
  'won',
  'lost',
];
export const PARTNER_DEAL_ROLES: PartnerDealRole[] = ['sourcing', 'influencing', 'fulfilling', 'isv', 'si'];

/** Agreed with the registration pages: they read the detail under this key. */
export const registrationKey = (id: string) => ['deal-registration', id] as const;
export const DISPUTES_KEY = ['deal-disputes'] as const;

export function disputesQuery(status: DisputeStatus | null) {
  return queryOptions({
    queryKey: [...DISPUTES_KEY, 'list', status],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/deal-disputes', {
          params: { query: { limit: 200, ...(status ? { status } : {}) } },
        }),
      ).data,
  });
}

export function disputeQuery(id: string) {
  return queryOptions({
    queryKey: [...DISPUTES_KEY, 'one', id],
    queryFn: async () => unwrap(await api.GET('/api/v1/deal-disputes/{id}', { params: { path: { id } } })),
  });
}

export const rejectedRegistrationsQuery = queryOptions({
  queryKey: ['deal-registrations', 'rejected'],
  queryFn: async () =>
    unwrap(
      await api.GET('/api/v1/deal-registrations', { params: { query: { status: 'rejected', limit: 50 } } }),
    ).data,
});

export function pipelineQuery(query: DealPipelineQuery) {
  return queryOptions({
    queryKey: ['deal-pipeline', query],
    queryFn: async () => unwrap(await api.GET('/api/v1/deal-pipeline', { params: { query } })),
  });
}

export async function openDispute(registrationId: string, input: OpenDisputeInput) {
  return unwrap(
    await api.POST('/api/v1/deal-registrations/{id}/disputes', {
      params: { path: { id: registrationId } },
      body: input,
    }),
  );
}

/** `version`: the registration as the page shows it; someone else's change in between is refused. */
export async function moveStage(registration: { id: string; version: number }, input: MoveStageInput) {
  return unwrap(
    await api.POST('/api/v1/deal-registrations/{id}/stage', {
      params: { path: { id: registration.id } },
      body: input,
      headers: ifMatch(registration.version),
    }),
  );
}

export async function setPartners(
  registration: { id: string; version: number },
  partners: PartnerLineInput[],
) {
  return unwrap(
    await api.PUT('/api/v1/deal-registrations/{id}/partners', {
      params: { path: { id: registration.id } },
      body: { partners },
      headers: ifMatch(registration.version),
    }),
  );
}

export async function commentOnDispute(disputeId: string, input: CommentInput) {
  return unwrap(
    await api.POST('/api/v1/deal-disputes/{id}/comments', {
      params: { path: { id: disputeId } },
      body: input,
    }),
  );
}

export async function decideDispute(disputeId: string, input: DecisionInput) {
  return unwrap(
    await api.POST('/api/v1/deal-disputes/{id}/decision', {
      params: { path: { id: disputeId } },
      body: input,
    }),
  );
}

/** Evidence links typed one per line (or separated by spaces); blank lines are ignored. */
export function linksOf(text: string): string[] {
  return text
    .split(/\s+/)
    .map((link) => link.trim())
    .filter((link) => link.length > 0);
}
