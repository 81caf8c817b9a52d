import type { Role } from '../../src/platform/permissions.ts';
import { insertPartnerBeside, insertPartnerTier } from '../fixtures.ts';
import {
  ALL,
  always,
  isPartner,
  type MatrixEntry,
  nextSequence,
  ORGANISATION_MANAGERS,
  only,
  type Scope,
  TIER_MANAGERS,
  visible,
} from './rules.ts';

/** Tiers are the programme's, read by everyone in its workspace; another workspace's are absent. */
const inWorkspace = (success: number) => (_role: unknown, scope: Scope) =>
  scope === 'other_workspace' ? 404 : success;

/** A partner's own tier: "own" is the vendor itself for vendor staff, which has no tier. */
const partnerTier = (success: number) => (role: Role, scope: Scope) =>
  scope === 'own' && !isPartner(role) ? 404 : visible(success)(role, scope);

const tierOf = (organisationId: string) => `/api/v1/organisations/${organisationId}/tier`;
const freshTier = async ({
  db,
  place,
}: {
  db: Parameters<typeof insertPartnerTier>[0];
  place: { workspaceId: string };
}) =>
  `/api/v1/partner-tiers/${await insertPartnerTier(db, place.workspaceId, { key: `matrix${nextSequence()}` })}`;

/**
 * Ranks of the tiers this file creates: their own count, since the shared sequence grows with every
 * module's entries and ranks stop at 1000.
 */
let nextTierRank = 500;

export const PARTNER_TIERS_ROUTES: Record<string, MatrixEntry> = {
  'GET /api/v1/partner-tiers': {
    isList: true,
    request: () => ({ method: 'GET', url: '/api/v1/partner-tiers' }),
    expected: only(ALL, always(200)),
  },
  'POST /api/v1/partner-tiers': {
    request: () => {
      const sequence = nextSequence();
      return {
        method: 'POST',
        url: '/api/v1/partner-tiers',
        body: { key: `matrix-new${sequence}`, name: 'Matrix tier', rank: nextTierRank++ },
      };
    },
    expected: only(TIER_MANAGERS, always(201)),
  },
  'GET /api/v1/partner-tiers/{id}': {
    isScoped: true,
    request: async (env) => ({ method: 'GET', url: await freshTier(env) }),
    expected: only(ALL, inWorkspace(200)),
  },
  'PATCH /api/v1/partner-tiers/{id}': {
    isScoped: true,
    request: async (env) => ({
      method: 'PATCH',
      url: await freshTier(env),
      body: { rules: [{ metric: 'certifications', minimum: 99 }] },
    }),
    expected: only(TIER_MANAGERS, inWorkspace(200)),
  },
  'DELETE /api/v1/partner-tiers/{id}': {
    isScoped: true,
    request: async (env) => ({ method: 'DELETE', url: await freshTier(env) }),
    expected: only(TIER_MANAGERS, inWorkspace(204)),
  },
  'GET /api/v1/partner-tier-metrics': {
    request: () => ({ method: 'GET', url: '/api/v1/partner-tier-metrics' }),
    expected: only(ALL, always(200)),
  },
  'GET /api/v1/partner-tier-settings': {
    request: () => ({ method: 'GET', url: '/api/v1/partner-tier-settings' }),
    expected: only(ALL, always(200)),
  },
  'PATCH /api/v1/partner-tier-settings': {
    request: () => ({
      method: 'PATCH',
      url: '/api/v1/partner-tier-settings',
      body: { downgradeGraceDays: 90 },
    }),
    expected: only(TIER_MANAGERS, always(200)),
  },
  'POST /api/v1/partner-tier-evaluations': {
    request: () => ({ method: 'POST', url: '/api/v1/partner-tier-evaluations' }),
    expected: only(TIER_MANAGERS, always(200)),
  },
  'GET /api/v1/organisations/{id}/tier': {
    isScoped: true,
    request: ({ place }) => ({ method: 'GET', url: tierOf(place.organisationId) }),
    expected: only(ALL, partnerTier(200)),
  },
  'PUT /api/v1/organisations/{id}/tier': {
    isScoped: true,
    request: ({ place }) => ({
      method: 'PUT',
      url: tierOf(place.organisationId),
      body: { tier: null, isLocked: false, reason: 'Matrix check' },
    }),
    expected: only(TIER_MANAGERS, partnerTier(200)),
  },
  'POST /api/v1/organisations/{id}/tier-evaluations': {
    isScoped: true,
    request: ({ place }) => ({
      method: 'POST',
      url: `/api/v1/organisations/${place.organisationId}/tier-evaluations`,
    }),
    expected: only(TIER_MANAGERS, partnerTier(200)),
  },
  'GET /api/v1/organisations/{id}/tier-changes': {
    isScoped: true,
    isList: true,
    request: ({ place }) => ({
      method: 'GET',
      url: `/api/v1/organisations/${place.organisationId}/tier-changes?limit=200`,
    }),
    expected: only(ALL, partnerTier(200)),
  },
  // A throw-away partner beside the target, so the matrix's own partners keep their access.
  'POST /api/v1/organisations/{id}/offboarding': {
    isScoped: true,
    request: async ({ db, place }) => ({
      method: 'POST',
      url: `/api/v1/organisations/${place.kind === 'vendor' ? place.organisationId : await insertPartnerBeside(db, place)}/offboarding`,
      body: { reason: 'Matrix check' },
    }),
    // "own" is the vendor for every role allowed here, and the vendor is never offboarded.
    expected: only(ORGANISATION_MANAGERS, (role, scope) =>
      scope === 'own' ? 422 : visible(200)(role, scope),
    ),
  },
  'POST /api/v1/organisations/{id}/reactivation': {
    isScoped: true,
    request: async ({ db, place }) => ({
      method: 'POST',
      url: `/api/v1/organisations/${place.kind === 'vendor' ? place.organisationId : await insertPartnerBeside(db, place, { status: 'inactive' })}/reactivation`,
      body: {},
    }),
    expected: only(ORGANISATION_MANAGERS, (role, scope) =>
      scope === 'own' ? 422 : visible(200)(role, scope),
    ),
  },
};
