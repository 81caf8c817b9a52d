import { insertOnboardingEnrolment, insertOnboardingJourney, insertPartnerLike } from '../fixtures.ts';
import { ALL, always, isPartner, type MatrixEntry, only, type Scope, visible } from './rules.ts';

export const ONBOARDING_MANAGERS = ['owner', 'admin', 'channel_manager'] as const;
const STEP_TICKERS = [...ONBOARDING_MANAGERS, 'partner_admin'] as const;

/** Journeys are the vendor's, workspace-wide; another workspace's are absent. */
const inWorkspace = (success: number) => (_role: unknown, scope: Scope) =>
  scope === 'other_workspace' ? 404 : success;

export const ONBOARDING_ROUTES: Record<string, MatrixEntry> = {
  'GET /api/v1/onboarding-journeys': {
    isList: true,
    request: () => ({ method: 'GET', url: '/api/v1/onboarding-journeys?limit=200' }),
    expected: only(ONBOARDING_MANAGERS, always(200)),
  },
  'POST /api/v1/onboarding-journeys': {
    request: () => ({
      method: 'POST',
      url: '/api/v1/onboarding-journeys',
      body: { name: 'Matrix journey', steps: [{ title: 'Say hello', kind: 'custom' }] },
    }),
    expected: only(ONBOARDING_MANAGERS, always(201)),
  },
  'GET /api/v1/onboarding-journeys/{id}': {
    isScoped: true,
    request: async ({ db, place }) => ({
      method: 'GET',
      url: `/api/v1/onboarding-journeys/${await insertOnboardingJourney(db, place.workspaceId)}`,
    }),
    expected: only(ONBOARDING_MANAGERS, inWorkspace(200)),
  },
  'PATCH /api/v1/onboarding-journeys/{id}': {
    isScoped: true,
    request: async ({ db, place }) => ({
      method: 'PATCH',
      url: `/api/v1/onboarding-journeys/${await insertOnboardingJourney(db, place.workspaceId)}`,
      body: { description: 'Reworded by the matrix' },
    }),
    expected: only(ONBOARDING_MANAGERS, inWorkspace(200)),
  },
  'GET /api/v1/onboarding-enrolments': {
    isList: true,
    request: () => ({ method: 'GET', url: '/api/v1/onboarding-enrolments?limit=200' }),
    expected: only(ALL, always(200)),
  },
  // A fresh partner each time (one running journey per partner); the vendor itself is refused.
  'POST /api/v1/onboarding-enrolments': {
    isScoped: true,
    request: async ({ db, place }) => ({
      method: 'POST',
      url: '/api/v1/onboarding-enrolments',
      body: {
        organisationId: place.kind === 'vendor' ? place.organisationId : await insertPartnerLike(db, place),
        journeyId: await insertOnboardingJourney(db, place.workspaceId),
      },
    }),
    expected: only(ONBOARDING_MANAGERS, (_role, scope) => {
      if (scope === 'own') return 422;
      return scope === 'other_workspace' ? 404 : 201;
    }),
  },
  'GET /api/v1/onboarding-enrolments/{id}': {
    isScoped: true,
    request: async ({ db, place }) => ({
      method: 'GET',
      url: `/api/v1/onboarding-enrolments/${(await insertOnboardingEnrolment(db, place)).enrolmentId}`,
    }),
    expected: only(ALL, visible(200)),
  },
  'POST /api/v1/onboarding-steps/{id}/complete': {
    isScoped: true,
    request: async ({ db, place }) => ({
      method: 'POST',
      url: `/api/v1/onboarding-steps/${(await insertOnboardingEnrolment(db, place)).stepId}/complete`,
    }),
    expected: only(STEP_TICKERS, visible(200)),
  },
  'GET /api/v1/onboarding/metrics': {
    request: () => ({ method: 'GET', url: '/api/v1/onboarding/metrics' }),
    expected: only(ONBOARDING_MANAGERS, always(200)),
  },
  // The vendor's view of a partner: partners never read it; the vendor itself has no score.
  'GET /api/v1/organisations/{id}/health': {
    isScoped: true,
    request: ({ place }) => ({ method: 'GET', url: `/api/v1/organisations/${place.organisationId}/health` }),
    expected: (role, scope) => {
      if (isPartner(role)) return 403;
      return scope === 'other_partner' ? visible(200)(role, scope) : 404;
    },
  },
  'GET /api/v1/partner-health': {
    isList: true,
    request: ({ world }) => ({
      method: 'GET',
      url: `/api/v1/partner-health?organisationId=${world.partnerA.id}&organisationId=${world.partnerB.id}`,
    }),
    expected: (role) => (isPartner(role) ? 403 : 200),
  },
};
