import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { unwrap } from '../../api/problem.ts';
import type { components } from '../../api/schema.d.ts';

export type PartnerHealth = components['schemas']['PartnerHealth'];
export type HealthBand = PartnerHealth['band'];

const HEALTH_KEY = ['partner-health'] as const;
const MAX_PER_REQUEST = 200;

/** Scores of the partners on screen, 200 per request (the most the API answers at once). */
export function usePartnerHealthList(organisationIds: string[]) {
  return useQuery({
    queryKey: [...HEALTH_KEY, 'list', organisationIds],
    queryFn: async () => {
      const chunks = Array.from({ length: Math.ceil(organisationIds.length / MAX_PER_REQUEST) }, (_, index) =>
        organisationIds.slice(index * MAX_PER_REQUEST, (index + 1) * MAX_PER_REQUEST),
      );
      const pages = await Promise.all(
        chunks.map(async (organisationId) =>
          unwrap(await api.GET('/api/v1/partner-health', { params: { query: { organisationId } } })),
        ),
      );
      return new Map(pages.flatMap((page) => page.data).map((health) => [health.organisationId, health]));
    },
    enabled: organisationIds.length > 0,
    placeholderData: keepPreviousData,
  });
}

export function usePartnerHealth(organisationId: string) {
  return useQuery({
    queryKey: [...HEALTH_KEY, organisationId],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/organisations/{id}/health', { params: { path: { id: organisationId } } }),
      ),
  });
}
