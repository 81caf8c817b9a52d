import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch } from '../../api/client.ts';
import { unwrap } from '../../api/problem.ts';
import type { components } from '../../api/schema.d.ts';
import { useCursorList } from '../../api/use-cursor-list.ts';

export type WebhookEndpoint = components['schemas']['WebhookEndpoint'];
export type WebhookDelivery = components['schemas']['WebhookDelivery'];
export type WebhookDeliveryStatus = WebhookDelivery['status'];
export type WebhookEndpointInput = { url: string; description: string; eventTypes: string[] };

const ENDPOINTS_KEY = ['webhook-endpoints'] as const;
const endpointKey = (id: string) => [...ENDPOINTS_KEY, id] as const;
const deliveriesKey = (endpointId: string) => [...endpointKey(endpointId), 'deliveries'] as const;

export function useWebhookEndpoints() {
  return useCursorList({
    queryKey: ENDPOINTS_KEY,
    fetchPage: async (cursor) =>
      unwrap(await api.GET('/api/v1/webhook-endpoints', { params: { query: { cursor } } })),
  });
}

export function useWebhookEndpoint(id: string) {
  return useQuery({
    queryKey: endpointKey(id),
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/webhook-endpoints/{id}', { params: { path: { id } } })),
  });
}

export function useWebhookEventTypes() {
  return useQuery({
    queryKey: ['webhook-event-types'],
    queryFn: async () => unwrap(await api.GET('/api/v1/webhook-event-types')).data,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** The newest delivery of an endpoint, for the list's "last delivery" column. */
export function useLatestDelivery(endpointId: string) {
  return useQuery({
    queryKey: [...deliveriesKey(endpointId), 'latest'],
    queryFn: async () => {
      const page = unwrap(
        await api.GET('/api/v1/webhook-endpoints/{id}/deliveries', {
          params: { path: { id: endpointId }, query: { limit: 1 } },
        }),
      );
      return page.data[0] ?? null;
    },
  });
}

export function useWebhookDeliveries(endpointId: string, status: WebhookDeliveryStatus | null) {
  return useCursorList({
    queryKey: [...deliveriesKey(endpointId), status ?? 'all'],
    fetchPage: async (cursor) =>
      unwrap(
        await api.GET('/api/v1/webhook-endpoints/{id}/deliveries', {
          params: { path: { id: endpointId }, query: { cursor, ...(status ? { status } : {}) } },
        }),
      ),
  });
}

export function useWebhookDelivery(id: string | null) {
  return useQuery({
    queryKey: ['webhook-deliveries', id],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/webhook-deliveries/{id}', { params: { path: { id: id ?? '' } } })),
    enabled: id !== null,
  });
}

function useInvalidateEndpoints() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ENDPOINTS_KEY });
}

export function useCreateWebhookEndpoint() {
  const invalidate = useInvalidateEndpoints();
  return useMutation({
    mutationFn: async (body: WebhookEndpointInput) =>
      unwrap(await api.POST('/api/v1/webhook-endpoints', { body })),
    onSuccess: invalidate,
  });
}

type EndpointChange = Partial<WebhookEndpointInput> & { status?: WebhookEndpoint['status'] };

export function useUpdateWebhookEndpoint() {
  const invalidate = useInvalidateEndpoints();
  return useMutation({
    mutationFn: async ({ endpoint, change }: { endpoint: WebhookEndpoint; change: EndpointChange }) =>
      unwrap(
        await api.PATCH('/api/v1/webhook-endpoints/{id}', {
          params: { path: { id: endpoint.id } },
          headers: ifMatch(endpoint.version),
          body: change,
        }),
      ),
    onSuccess: invalidate,
  });
}

export function useDeleteWebhookEndpoint() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) =>
      unwrap(await api.DELETE('/api/v1/webhook-endpoints/{id}', { params: { path: { id } } })),
    // Only the list: the deleted endpoint's own page is being left and must not ask for it again.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ENDPOINTS_KEY, exact: true }),
  });
}

export function useRotateWebhookSecret() {
  const invalidate = useInvalidateEndpoints();
  return useMutation({
    mutationFn: async (id: string) =>
      unwrap(await api.POST('/api/v1/webhook-endpoints/{id}/rotate-secret', { params: { path: { id } } })),
    onSuccess: invalidate,
  });
}

export function useReplayWebhookDelivery() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) =>
      unwrap(await api.POST('/api/v1/webhook-deliveries/{id}/replay', { params: { path: { id } } })),
    onSuccess: (delivery) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: deliveriesKey(delivery.endpointId) }),
        queryClient.invalidateQueries({ queryKey: ['webhook-deliveries', delivery.id] }),
      ]),
  });
}
