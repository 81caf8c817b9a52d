import { queryOptions } from '@tanstack/react-query';
import { api, ifMatch } from '../../api/client.ts';
import { unwrap } from '../../api/problem.ts';
import type { components, paths } from '../../api/schema.d.ts';

export type PartnerTier = components['schemas']['PartnerTier'];
export type TierRule = components['schemas']['PartnerTierRule'];
export type TierStatus = components['schemas']['PartnerTierStatus'];
export type TierChange = components['schemas']['PartnerTierChange'];
export type EvaluationSummary = components['schemas']['PartnerTierEvaluation'];
export type MetricKey = TierRule['metric'];
export type TierInput = NonNullable<
  paths['/api/v1/partner-tiers']['post']['requestBody']
>['content']['application/json'];

export const TIERS_KEY = ['partner-tiers'] as const;
export const tierStatusKey = (organisationId: string) => ['partner-tier-status', organisationId] as const;
export const tierChangesKey = (organisationId: string) => ['partner-tier-changes', organisationId] as const;

export const tiersQuery = queryOptions({
  queryKey: TIERS_KEY,
  queryFn: async () => unwrap(await api.GET('/api/v1/partner-tiers')).data,
  staleTime: 60 * 1000,
});

export const metricsQuery = queryOptions({
  queryKey: ['partner-tier-metrics'],
  queryFn: async () => unwrap(await api.GET('/api/v1/partner-tier-metrics')).data,
  staleTime: Number.POSITIVE_INFINITY,
});

export const tierSettingsQuery = queryOptions({
  queryKey: ['partner-tier-settings'],
  queryFn: async () => unwrap(await api.GET('/api/v1/partner-tier-settings')),
});

export function tierStatusQuery(organisationId: string) {
  return queryOptions({
    queryKey: tierStatusKey(organisationId),
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/organisations/{id}/tier', { params: { path: { id: organisationId } } })),
  });
}

export async function fetchTierChangesPage(organisationId: string, cursor: string | undefined) {
  return unwrap(
    await api.GET('/api/v1/organisations/{id}/tier-changes', {
      params: { path: { id: organisationId }, query: { cursor, limit: 20 } },
    }),
  );
}

export async function createTier(input: TierInput) {
  return unwrap(await api.POST('/api/v1/partner-tiers', { body: input }));
}

export async function updateTier(tier: PartnerTier, changes: Partial<Omit<TierInput, 'key'>>) {
  return unwrap(
    await api.PATCH('/api/v1/partner-tiers/{id}', {
      params: { path: { id: tier.id } },
      body: changes,
      headers: ifMatch(tier.version),
    }),
  );
}

export async function deleteTier(tier: PartnerTier) {
  return unwrap(
    await api.DELETE('/api/v1/partner-tiers/{id}', {
      params: { path: { id: tier.id } },
      headers: ifMatch(tier.version),
    }),
  );
}

export async function updateGracePeriod(downgradeGraceDays: number, version: number) {
  return unwrap(
    await api.PATCH('/api/v1/partner-tier-settings', {
      body: { downgradeGraceDays },
      headers: ifMatch(version),
    }),
  );
}

export async function evaluateAllTiers() {
  return unwrap(await api.POST('/api/v1/partner-tier-evaluations'));
}

export async function evaluatePartnerTier(organisationId: string) {
  return unwrap(
    await api.POST('/api/v1/organisations/{id}/tier-evaluations', {
      params: { path: { id: organisationId } },
    }),
  );
}

export async function setPartnerTier(
  organisationId: string,
  input: { tier: string | null; isLocked: boolean; reason: string },
) {
  return unwrap(
    await api.PUT('/api/v1/organisations/{id}/tier', {
      params: { path: { id: organisationId } },
      body: input,
    }),
  );
}
