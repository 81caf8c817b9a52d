import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch } from '../../api/client.ts';
import { unwrap } from '../../api/problem.ts';
import type { components, paths } from '../../api/schema.d.ts';
import { useCursorList } from '../../api/use-cursor-list.ts';

export type ChatIntegration = components['schemas']['ChatIntegration'];
export type ChatTestResult = components['schemas']['ChatTestResult'];
export type ChatKind = ChatIntegration['kind'];
export type NewChatIntegration =
  paths['/api/v1/chat-integrations']['post']['requestBody']['content']['application/json'];
export type ChatEventType = NonNullable<NewChatIntegration['eventTypes']>[number];

const CHAT_KEY = ['chat-integrations'] as const;

export function useChatIntegrations() {
  return useCursorList({
    queryKey: CHAT_KEY,
    fetchPage: async (cursor) =>
      unwrap(await api.GET('/api/v1/chat-integrations', { params: { query: { cursor } } })),
  });
}

function useInvalidateChat() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: CHAT_KEY });
}

export function useCreateChatIntegration() {
  const invalidate = useInvalidateChat();
  return useMutation({
    mutationFn: async (body: NewChatIntegration) =>
      unwrap(await api.POST('/api/v1/chat-integrations', { body })),
    onSuccess: invalidate,
  });
}

export function useSetChatIntegrationStatus() {
  const invalidate = useInvalidateChat();
  return useMutation({
    mutationFn: async ({
      integration,
      status,
    }: {
      integration: ChatIntegration;
      status: ChatIntegration['status'];
    }) =>
      unwrap(
        await api.PATCH('/api/v1/chat-integrations/{id}', {
          params: { path: { id: integration.id } },
          headers: ifMatch(integration.version),
          body: { status },
        }),
      ),
    onSuccess: invalidate,
  });
}

export function useDeleteChatIntegration() {
  const invalidate = useInvalidateChat();
  return useMutation({
    mutationFn: async (integration: ChatIntegration) =>
      unwrap(
        await api.DELETE('/api/v1/chat-integrations/{id}', {
          params: { path: { id: integration.id } },
          headers: ifMatch(integration.version),
        }),
      ),
    onSuccess: invalidate,
  });
}

/** A test message goes out now; a "gone" answer disables the integration, so the list reloads. */
export function useTestChatIntegration() {
  const invalidate = useInvalidateChat();
  return useMutation({
    mutationFn: async (integration: ChatIntegration) =>
      unwrap(
        await api.POST('/api/v1/chat-integrations/{id}/test', { params: { path: { id: integration.id } } }),
      ),
    onSuccess: invalidate,
  });
}
