import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { unwrap } from '../../api/problem.ts';
import type { components } from '../../api/schema.d.ts';
import { useCursorList } from '../../api/use-cursor-list.ts';

export type ApiKey = components['schemas']['ApiKey'];
export type CreatedApiKey = components['schemas']['CreatedApiKey'];
export type ApiKeyScope = ApiKey['scopes'][number];
export type NewApiKey = { name: string; scopes: ApiKeyScope[]; expiresAt?: string };

const API_KEYS_KEY = ['api-keys'] as const;

export function useApiKeys() {
  return useCursorList({
    queryKey: API_KEYS_KEY,
    fetchPage: async (cursor) => unwrap(await api.GET('/api/v1/api-keys', { params: { query: { cursor } } })),
  });
}

export function useCreateApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: NewApiKey) => unwrap(await api.POST('/api/v1/api-keys', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: API_KEYS_KEY }),
  });
}

export function useRevokeApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) =>
      unwrap(await api.DELETE('/api/v1/api-keys/{id}', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: API_KEYS_KEY }),
  });
}

export type ApiKeyStatus = 'active' | 'expired' | 'revoked';

export function apiKeyStatusOf(key: ApiKey, now: number = Date.now()): ApiKeyStatus {
  if (key.revokedAt !== null) return 'revoked';
  if (key.expiresAt !== null && new Date(key.expiresAt).getTime() <= now) return 'expired';
  return 'active';
}
