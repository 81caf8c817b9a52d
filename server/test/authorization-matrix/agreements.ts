import { insertAgreement, insertAgreementAcceptance, insertAgreementFor } from '../fixtures.ts';
import { AGREEMENT_MANAGERS, always, isPartner, type MatrixEntry, only, type Scope } from './rules.ts';

/** Agreement wording is the vendor's, shared across its workspace; another workspace's is absent. */
const inWorkspace = (success: number) => (_role: unknown, scope: Scope) =>
  scope === 'other_workspace' ? 404 : success;

const managed = (success: number) => only(AGREEMENT_MANAGERS, inWorkspace(success));

export const AGREEMENTS_ROUTES: Record<string, MatrixEntry> = {
  'GET /api/v1/agreement-templates': {
    isList: true,
    request: () => ({ method: 'GET', url: '/api/v1/agreement-templates?limit=200' }),
    expected: only(AGREEMENT_MANAGERS, always(200)),
  },
  'POST /api/v1/agreement-templates': {
    request: () => ({ method: 'POST', url: '/api/v1/agreement-templates', body: { name: 'Matrix terms' } }),
    expected: only(AGREEMENT_MANAGERS, always(201)),
  },
  'GET /api/v1/agreement-templates/{id}': {
    isScoped: true,
    request: async ({ db, place }) => ({
      method: 'GET',
      url: `/api/v1/agreement-templates/${(await insertAgreement(db, place.workspaceId)).templateId}`,
    }),
    expected: managed(200),
  },
  'PATCH /api/v1/agreement-templates/{id}': {
    isScoped: true,
    request: async ({ db, place }) => ({
      method: 'PATCH',
      url: `/api/v1/agreement-templates/${(await insertAgreement(db, place.workspaceId)).templateId}`,
      body: { description: 'Reworded by the matrix' },
    }),
    expected: managed(200),
  },
  'DELETE /api/v1/agreement-templates/{id}': {
    isScoped: true,
    request: async ({ db, place }) => ({
      method: 'DELETE',
      url: `/api/v1/agreement-templates/${(await insertAgreement(db, place.workspaceId)).templateId}`,
    }),
    expected: managed(204),
  },
  'GET /api/v1/agreement-templates/{id}/versions': {
    isScoped: true,
    request: async ({ db, place }) => ({
      method: 'GET',
      url: `/api/v1/agreement-templates/${(await insertAgreement(db, place.workspaceId)).templateId}/versions`,
    }),
    expected: managed(200),
  },
  // The fixture's only version is published, so a new draft may start.
  'POST /api/v1/agreement-templates/{id}/versions': {
    isScoped: true,
    request: async ({ db, place }) => ({
      method: 'POST',
      url: `/api/v1/agreement-templates/${(await insertAgreement(db, place.workspaceId, { isPublished: true })).templateId}/versions`,
      body: { title: 'Matrix terms', body: 'Matrix wording' },
    }),
    expected: managed(201),
  },
  'PATCH /api/v1/agreement-versions/{id}': {
    isScoped: true,
    request: async ({ db, place }) => ({
      method: 'PATCH',
      url: `/api/v1/agreement-versions/${(await insertAgreement(db, place.workspaceId)).versionId}`,
      body: { body: 'Edited by the matrix' },
    }),
    expected: managed(200),
  },
  'POST /api/v1/agreement-versions/{id}/publish': {
    isScoped: true,
    request: async ({ db, place }) => ({
      method: 'POST',
      url: `/api/v1/agreement-versions/${(await insertAgreement(db, place.workspaceId)).versionId}/publish`,
    }),
    expected: managed(200),
  },
  'GET /api/v1/agreements/pending': {
    isList: true,
    request: () => ({ method: 'GET', url: '/api/v1/agreements/pending' }),
    expected: always(200),
  },
  // Only a partner admin signs, and only what applies to its own organisation (its region here).
  'POST /api/v1/agreement-versions/{id}/accept': {
    isScoped: true,
    request: async ({ db, place }) => ({
      method: 'POST',
      url: `/api/v1/agreement-versions/${await insertAgreementFor(db, place)}/accept`,
      body: { signerName: 'Matrix Signer', agree: true },
    }),
    expected: only(['partner_admin'], (_role, scope) => (scope === 'own' ? 201 : 404)),
  },
  'GET /api/v1/agreement-acceptances': {
    isList: true,
    request: () => ({ method: 'GET', url: '/api/v1/agreement-acceptances?limit=200' }),
    expected: (role) => (isPartner(role) || AGREEMENT_MANAGERS.includes(role) ? 200 : 403),
  },
  // Partners download their own organisation's PDFs; agreement managers every partner's.
  'GET /api/v1/agreement-acceptances/{id}/pdf': {
    isScoped: true,
    request: async ({ db, place, world }) => {
      const owner = place.kind === 'vendor' ? { ...place, organisationId: world.partnerA.id } : place;
      return {
        method: 'GET',
        url: `/api/v1/agreement-acceptances/${await insertAgreementAcceptance(db, owner, place.adminUserId)}/pdf`,
      };
    },
    expected: (role, scope) => {
      if (isPartner(role)) return scope === 'own' ? 200 : 404;
      return AGREEMENT_MANAGERS.includes(role) ? inWorkspace(200)(role, scope) : 403;
    },
  },
};
