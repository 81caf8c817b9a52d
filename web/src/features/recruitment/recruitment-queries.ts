import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch } from '../../api/client.ts';
import { unwrap } from '../../api/problem.ts';
import type { components, paths } from '../../api/schema.d.ts';
import { useCursorList } from '../../api/use-cursor-list.ts';

export type PartnerApplication = components['schemas']['PartnerApplication'];
export type PartnerApplicationDetail = components['schemas']['PartnerApplicationDetail'];
export type IdealPartnerProfile = components['schemas']['IdealPartnerProfile'];
export type ApplicationForm = components['schemas']['PartnerApplicationForm'];
export type ScoreReason = PartnerApplication['scoreReasons'][number];
export type ApplicationStatus = PartnerApplication['status'];
export type CompanySize = PartnerApplication['companySize'];
export type NewApplication =
  paths['/api/v1/public/workspaces/{slug}/partner-applications']['post']['requestBody']['content']['application/json'];
export type ProfileChanges =
  paths['/api/v1/ideal-partner-profile']['put']['requestBody']['content']['application/json'];
export type ApplicationFilter = { status?: ApplicationStatus; sort: 'date' | 'score' };

const RECRUITMENT_KEY = ['recruitment'] as const;
const applicationsKey = (filter: ApplicationFilter) => [...RECRUITMENT_KEY, 'applications', filter] as const;
const applicationKey = (id: string) => [...RECRUITMENT_KEY, 'application', id] as const;
const profileKey = [...RECRUITMENT_KEY, 'profile'] as const;

/** The public form of a workspace: no sign-in, so not under the recruitment key of staff data. */
export function useApplicationForm(slug: string) {
  return useQuery({
    queryKey: ['application-form', slug],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/public/workspaces/{slug}/partner-application-form', {
          params: { path: { slug } },
        }),
      ),
  });
}

export function useSubmitApplication(slug: string) {
  return useMutation({
    mutationFn: async (body: NewApplication) =>
      unwrap(
        await api.POST('/api/v1/public/workspaces/{slug}/partner-applications', {
          params: { path: { slug } },
          body,
        }),
      ),
  });
}

export function usePartnerApplications(filter: ApplicationFilter) {
  return useCursorList({
    queryKey: applicationsKey(filter),
    fetchPage: async (cursor) =>
      unwrap(await api.GET('/api/v1/partner-applications', { params: { query: { cursor, ...filter } } })),
  });
}

export function usePartnerApplication(id: string) {
  return useQuery({
    queryKey: applicationKey(id),
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/partner-applications/{id}', { params: { path: { id } } })),
  });
}

export function useIdealPartnerProfile() {
  return useQuery({
    queryKey: profileKey,
    queryFn: async () => unwrap(await api.GET('/api/v1/ideal-partner-profile')),
  });
}

/** A decision or a new profile changes scores, statuses and lists: reload everything recruitment. */
function useInvalidateRecruitment() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: RECRUITMENT_KEY });
}

export function useSaveIdealPartnerProfile() {
  const invalidate = useInvalidateRecruitment();
  return useMutation({
    mutationFn: async ({ version, body }: { version: number; body: ProfileChanges }) =>
      unwrap(await api.PUT('/api/v1/ideal-partner-profile', { headers: ifMatch(version), body })),
    onSuccess: invalidate,
  });
}

export function useRescoreApplications() {
  const invalidate = useInvalidateRecruitment();
  return useMutation({
    mutationFn: async () => unwrap(await api.POST('/api/v1/partner-applications/rescore')),
    onSuccess: invalidate,
  });
}

export function useApproveApplication() {
  const invalidate = useInvalidateRecruitment();
  return useMutation({
    mutationFn: async (application: PartnerApplication) =>
      unwrap(
        await api.POST('/api/v1/partner-applications/{id}/approve', {
          params: { path: { id: application.id } },
          headers: ifMatch(application.version),
        }),
      ),
    onSuccess: invalidate,
  });
}

export function useRejectApplication() {
  const invalidate = useInvalidateRecruitment();
  return useMutation({
    mutationFn: async ({ application, message }: { application: PartnerApplication; message: string }) =>
      unwrap(
        await api.POST('/api/v1/partner-applications/{id}/reject', {
          params: { path: { id: application.id } },
          headers: ifMatch(application.version),
          body: { message },
        }),
      ),
    onSuccess: invalidate,
  });
}
