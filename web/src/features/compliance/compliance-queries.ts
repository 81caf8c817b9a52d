import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch } from '../../api/client.ts';
import { unwrap } from '../../api/problem.ts';
import type { components, paths } from '../../api/schema.d.ts';
import { useCursorList } from '../../api/use-cursor-list.ts';

export type ComplianceRequirement = components['schemas']['ComplianceRequirement'];
export type ComplianceDocument = components['schemas']['ComplianceDocument'];
export type PartnerCompliance = components['schemas']['PartnerCompliance'];
export type RequirementCompliance = components['schemas']['RequirementCompliance'];
export type SanctionsHit = components['schemas']['SanctionsHit'];
export type NewRequirement =
  paths['/api/v1/compliance-requirements']['post']['requestBody']['content']['application/json'];
type RequirementChanges = NonNullable<
  paths['/api/v1/compliance-requirements/{id}']['patch']['requestBody']
>['content']['application/json'];
export type ComplianceFilter = 'compliant' | 'non_compliant' | undefined;
export type HitStatus = SanctionsHit['status'];

const COMPLIANCE_KEY = ['compliance'] as const;

/** Where the browser downloads a submitted file (the session cookie authorises it). */
export const documentFileUrl = (id: string) => `/api/v1/compliance-documents/${id}/file`;

export function useComplianceRequirements() {
  return useCursorList({
    queryKey: [...COMPLIANCE_KEY, 'requirements'],
    fetchPage: async (cursor) =>
      unwrap(await api.GET('/api/v1/compliance-requirements', { params: { query: { cursor } } })),
  });
}

export function usePartnerComplianceList(status: ComplianceFilter) {
  return useCursorList({
    queryKey: [...COMPLIANCE_KEY, 'partners', status ?? 'all'],
    fetchPage: async (cursor) =>
      unwrap(await api.GET('/api/v1/compliance/partners', { params: { query: { cursor, status } } })),
  });
}

export function usePartnerCompliance(organisationId: string, { enabled = true } = {}) {
  return useQuery({
    queryKey: [...COMPLIANCE_KEY, 'partner', organisationId],
    enabled,
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/compliance/partners/{id}', { params: { path: { id: organisationId } } })),
  });
}

export function useSanctionsList() {
  return useQuery({
    queryKey: [...COMPLIANCE_KEY, 'sanctions-list'],
    queryFn: async () => unwrap(await api.GET('/api/v1/sanctions-list')),
  });
}

export function useSanctionsHits(status: HitStatus | undefined) {
  return useCursorList({
    queryKey: [...COMPLIANCE_KEY, 'hits', status ?? 'all'],
    fetchPage: async (cursor) =>
      unwrap(await api.GET('/api/v1/sanctions-hits', { params: { query: { cursor, status } } })),
  });
}

/** A compliance change can move any partner's status: reload everything about compliance. */
function useComplianceMutation<Input, Output>(mutationFn: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: COMPLIANCE_KEY }),
  });
}

export function useSaveRequirement() {
  return useComplianceMutation(
    async ({
      requirement,
      values,
    }: {
      requirement?: ComplianceRequirement;
      values: NewRequirement & RequirementChanges;
    }) =>
      requirement
        ? unwrap(
            await api.PATCH('/api/v1/compliance-requirements/{id}', {
              params: { path: { id: requirement.id } },
              headers: ifMatch(requirement.version),
              body: values,
            }),
          )
        : unwrap(await api.POST('/api/v1/compliance-requirements', { body: values })),
  );
}

export function useDeleteRequirement() {
  return useComplianceMutation(async (requirement: ComplianceRequirement) =>
    unwrap(
      await api.DELETE('/api/v1/compliance-requirements/{id}', {
        params: { path: { id: requirement.id } },
        headers: ifMatch(requirement.version),
      }),
    ),
  );
}

export function useSubmitDocument() {
  return useComplianceMutation(
    async (
      body: paths['/api/v1/compliance-documents']['post']['requestBody']['content']['application/json'],
    ) => unwrap(await api.POST('/api/v1/compliance-documents', { body })),
  );
}

export function useReviewDocument() {
  return useComplianceMutation(async ({ id, reason }: { id: string; reason: string | null }) =>
    reason === null
      ? unwrap(await api.POST('/api/v1/compliance-documents/{id}/approve', { params: { path: { id } } }))
      : unwrap(
          await api.POST('/api/v1/compliance-documents/{id}/reject', {
            params: { path: { id } },
            body: { reason },
          }),
        ),
  );
}

export function useScreenPartner() {
  return useComplianceMutation(async (id: string) =>
    unwrap(await api.POST('/api/v1/compliance/partners/{id}/screen', { params: { path: { id } } })),
  );
}

export function useUploadSanctionsList() {
  return useComplianceMutation(
    async (body: paths['/api/v1/sanctions-list']['put']['requestBody']['content']['application/json']) =>
      unwrap(await api.PUT('/api/v1/sanctions-list', { body })),
  );
}

export function useResolveHit() {
  return useComplianceMutation(
    async ({ id, resolution, note }: { id: string; resolution: 'clear' | 'confirm'; note: string }) =>
      resolution === 'clear'
        ? unwrap(
            await api.POST('/api/v1/sanctions-hits/{id}/clear', { params: { path: { id } }, body: { note } }),
          )
        : unwrap(
            await api.POST('/api/v1/sanctions-hits/{id}/confirm', {
              params: { path: { id } },
              body: { note },
            }),
          ),
  );
}

/** A file as the data URL the API takes (`data:application/pdf;base64,…`). */
export function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}
