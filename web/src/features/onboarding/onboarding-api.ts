import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch } from '../../api/client.ts';
import { unwrap } from '../../api/problem.ts';
import type { components, paths } from '../../api/schema.d.ts';
import { useCursorList } from '../../api/use-cursor-list.ts';

export type Journey = components['schemas']['OnboardingJourney'];
export type JourneyStep = components['schemas']['OnboardingJourneyStep'];
export type StepKind = JourneyStep['kind'];
export type Enrolment = components['schemas']['OnboardingEnrolment'];
export type EnrolmentStep = components['schemas']['OnboardingStep'];
export type OnboardingMetrics = components['schemas']['OnboardingMetrics'];
export type NewJourney =
  paths['/api/v1/onboarding-journeys']['post']['requestBody']['content']['application/json'];
type JourneyChanges = NonNullable<
  paths['/api/v1/onboarding-journeys/{id}']['patch']['requestBody']
>['content']['application/json'];
export type EnrolmentFilter = { organisationId?: string; status?: 'in_progress' | 'completed' | 'overdue' };

/** The step kinds in the order the editor offers them. */
export const STEP_KINDS: readonly StepKind[] = [
  'custom',
  'accept_agreement',
  'upload_compliance_documents',
  'complete_profile',
  'complete_course',
  'register_first_deal',
];

const ONBOARDING_KEY = ['onboarding'] as const;
const journeysKey = [...ONBOARDING_KEY, 'journeys'] as const;
const enrolmentsKey = (filter: EnrolmentFilter) => [...ONBOARDING_KEY, 'enrolments', filter] as const;
const metricsKey = [...ONBOARDING_KEY, 'metrics'] as const;

export function useJourneys() {
  return useCursorList({
    queryKey: journeysKey,
    fetchPage: async (cursor) =>
      unwrap(await api.GET('/api/v1/onboarding-journeys', { params: { query: { cursor } } })),
  });
}

export function useEnrolments(filter: EnrolmentFilter = {}) {
  return useCursorList({
    queryKey: enrolmentsKey(filter),
    fetchPage: async (cursor) =>
      unwrap(await api.GET('/api/v1/onboarding-enrolments', { params: { query: { cursor, ...filter } } })),
  });
}

/** The newest enrolment of one partner (the one running, or the last one finished), or null. */
export function useLatestEnrolment(organisationId?: string) {
  return useQuery({
    queryKey: [...ONBOARDING_KEY, 'latest', organisationId ?? 'own'],
    // Steps tick themselves when other things happen (an agreement accepted elsewhere in the app),
    // so coming back to the checklist always asks again.
    staleTime: 0,
    queryFn: async () => {
      const page = unwrap(
        await api.GET('/api/v1/onboarding-enrolments', {
          params: { query: { limit: 1, ...(organisationId ? { organisationId } : {}) } },
        }),
      );
      return page.data[0] ?? null;
    },
  });
}

export function useOnboardingMetrics() {
  return useQuery({
    queryKey: metricsKey,
    queryFn: async () => unwrap(await api.GET('/api/v1/onboarding/metrics')),
  });
}

/**
 * Any change may move progress, lists and metrics alike: reload everything about onboarding, and
 * the health scores, whose onboarding component it changes.
 */
function useInvalidateOnboarding() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ONBOARDING_KEY }),
      queryClient.invalidateQueries({ queryKey: ['partner-health'] }),
    ]);
}

export function useCreateJourney() {
  const invalidate = useInvalidateOnboarding();
  return useMutation({
    mutationFn: async (body: NewJourney) => unwrap(await api.POST('/api/v1/onboarding-journeys', { body })),
    onSuccess: invalidate,
  });
}

export function useUpdateJourney() {
  const invalidate = useInvalidateOnboarding();
  return useMutation({
    mutationFn: async ({ journey, changes }: { journey: Journey; changes: JourneyChanges }) =>
      unwrap(
        await api.PATCH('/api/v1/onboarding-journeys/{id}', {
          params: { path: { id: journey.id } },
          headers: ifMatch(journey.version),
          body: changes,
        }),
      ),
    onSuccess: invalidate,
  });
}

export function useStartOnboarding() {
  const invalidate = useInvalidateOnboarding();
  return useMutation({
    mutationFn: async (body: { organisationId: string; journeyId?: string }) =>
      unwrap(await api.POST('/api/v1/onboarding-enrolments', { body })),
    onSuccess: invalidate,
  });
}

export function useCompleteStep() {
  const invalidate = useInvalidateOnboarding();
  return useMutation({
    mutationFn: async (stepId: string) =>
      unwrap(await api.POST('/api/v1/onboarding-steps/{id}/complete', { params: { path: { id: stepId } } })),
    onSuccess: invalidate,
  });
}
