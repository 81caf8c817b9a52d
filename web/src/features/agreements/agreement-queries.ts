import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch } from '../../api/client.ts';
import { unwrap } from '../../api/problem.ts';
import type { components, paths } from '../../api/schema.d.ts';
import { useCursorList } from '../../api/use-cursor-list.ts';

export type AgreementTemplate = components['schemas']['AgreementTemplate'];
export type AgreementVersion = components['schemas']['AgreementVersion'];
export type AgreementAcceptance = components['schemas']['AgreementAcceptance'];
export type PendingAgreement = components['schemas']['PendingAgreement'];
export type PartnerType = AgreementTemplate['partnerTypes'][number];
export type NewAgreementTemplate =
  paths['/api/v1/agreement-templates']['post']['requestBody']['content']['application/json'];
type AgreementTemplateChanges = NonNullable<
  paths['/api/v1/agreement-templates/{id}']['patch']['requestBody']
>['content']['application/json'];

const AGREEMENTS_KEY = ['agreements'] as const;
const templatesKey = [...AGREEMENTS_KEY, 'templates'] as const;
const templateKey = (id: string) => [...AGREEMENTS_KEY, 'template', id] as const;
const versionsKey = (templateId: string) => [...AGREEMENTS_KEY, 'versions', templateId] as const;
const acceptancesKey = (filter: AcceptanceFilter) => [...AGREEMENTS_KEY, 'acceptances', filter] as const;
const pendingKey = [...AGREEMENTS_KEY, 'pending'] as const;

type AcceptanceFilter = { templateId?: string };

/** Where the browser downloads an acceptance's stored PDF (the session cookie authorises it). */
export const acceptancePdfUrl = (id: string) => `/api/v1/agreement-acceptances/${id}/pdf`;

export function useAgreementTemplates() {
  return useCursorList({
    queryKey: templatesKey,
    fetchPage: async (cursor) =>
      unwrap(await api.GET('/api/v1/agreement-templates', { params: { query: { cursor } } })),
  });
}

export function useAgreementTemplate(id: string) {
  return useQuery({
    queryKey: templateKey(id),
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/agreement-templates/{id}', { params: { path: { id } } })),
  });
}

export function useAgreementVersions(templateId: string) {
  return useCursorList({
    queryKey: versionsKey(templateId),
    fetchPage: async (cursor) =>
      unwrap(
        await api.GET('/api/v1/agreement-templates/{id}/versions', {
          params: { path: { id: templateId }, query: { cursor } },
        }),
      ),
  });
}

export function useAgreementAcceptances(filter: AcceptanceFilter = {}) {
  return useCursorList({
    queryKey: acceptancesKey(filter),
    fetchPage: async (cursor) =>
      unwrap(await api.GET('/api/v1/agreement-acceptances', { params: { query: { cursor, ...filter } } })),
  });
}

export function usePendingAgreements() {
  return useQuery({
    queryKey: pendingKey,
    queryFn: async () => unwrap(await api.GET('/api/v1/agreements/pending')).data,
  });
}

/** Any change to agreements may change every list about them: reload them all. */
function useInvalidateAgreements() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: AGREEMENTS_KEY });
}

export function useCreateAgreementTemplate() {
  const invalidate = useInvalidateAgreements();
  return useMutation({
    mutationFn: async (body: NewAgreementTemplate) =>
      unwrap(await api.POST('/api/v1/agreement-templates', { body })),
    onSuccess: invalidate,
  });
}

export function useUpdateAgreementTemplate() {
  const invalidate = useInvalidateAgreements();
  return useMutation({
    mutationFn: async ({
      template,
      changes,
    }: {
      template: AgreementTemplate;
      changes: AgreementTemplateChanges;
    }) =>
      unwrap(
        await api.PATCH('/api/v1/agreement-templates/{id}', {
          params: { path: { id: template.id } },
          headers: ifMatch(template.version),
          body: changes,
        }),
      ),
    onSuccess: invalidate,
  });
}

export function useDeleteAgreementTemplate() {
  const invalidate = useInvalidateAgreements();
  return useMutation({
    mutationFn: async (template: AgreementTemplate) =>
      unwrap(
        await api.DELETE('/api/v1/agreement-templates/{id}', {
          params: { path: { id: template.id } },
          headers: ifMatch(template.version),
        }),
      ),
    onSuccess: invalidate,
  });
}

export function useCreateAgreementVersion() {
  const invalidate = useInvalidateAgreements();
  return useMutation({
    mutationFn: async ({ templateId, title, body }: { templateId: string; title: string; body: string }) =>
      unwrap(
        await api.POST('/api/v1/agreement-templates/{id}/versions', {
          params: { path: { id: templateId } },
          body: { title, body },
        }),
      ),
    onSuccess: invalidate,
  });
}

export function useUpdateAgreementVersion() {
  const invalidate = useInvalidateAgreements();
  return useMutation({
    mutationFn: async ({ id, title, body }: { id: string; title: string; body: string }) =>
      unwrap(
        await api.PATCH('/api/v1/agreement-versions/{id}', {
          params: { path: { id } },
          body: { title, body },
        }),
      ),
    onSuccess: invalidate,
  });
}

export function usePublishAgreementVersion() {
  const invalidate = useInvalidateAgreements();
  return useMutation({
    mutationFn: async (id: string) =>
      unwrap(await api.POST('/api/v1/agreement-versions/{id}/publish', { params: { path: { id } } })),
    onSuccess: invalidate,
  });
}

export function useAcceptAgreementVersion() {
  const invalidate = useInvalidateAgreements();
  return useMutation({
    mutationFn: async ({ id, signerName }: { id: string; signerName: string }) =>
      unwrap(
        await api.POST('/api/v1/agreement-versions/{id}/accept', {
          params: { path: { id } },
          body: { signerName, agree: true },
        }),
      ),
    onSuccess: invalidate,
  });
}
