import { insertPartnerContact, insertSavedView } from '../fixtures.ts';
import {
  ALL,
  always,
  isPartner,
  type MatrixEntry,
  nextSequence,
  ORGANISATION_MANAGERS,
  only,
  visible,
} from './rules.ts';

const contactsOf = (organisationId: string) => `/api/v1/organisations/${organisationId}/contacts`;

export const PARTNERS_ROUTES: Record<string, MatrixEntry> = {
  // Everyone may ask; row-level security answers with the regions of the partners they can see.
  'GET /api/v1/partner-regions': {
    isList: true,
    request: () => ({ method: 'GET', url: '/api/v1/partner-regions' }),
    expected: always(200),
  },
  // Vendor staff only: the export is the whole directory they may see, never a partner's business.
  'GET /api/v1/organisations/export': {
    isList: true,
    request: () => ({ method: 'GET', url: '/api/v1/organisations/export' }),
    expected: (role) => (isPartner(role) ? 403 : 200),
  },
  'GET /api/v1/organisations/{id}/contacts': {
    isScoped: true,
    isList: true,
    request: ({ place }) => ({ method: 'GET', url: `${contactsOf(place.organisationId)}?limit=200` }),
    expected: only(ALL, visible(200)),
  },
  'POST /api/v1/organisations/{id}/contacts': {
    isScoped: true,
    request: ({ place }) => ({
      method: 'POST',
      url: contactsOf(place.organisationId),
      body: { name: `Matrix Contact ${nextSequence()}` },
    }),
    // "own" is the vendor for every role allowed here, and the vendor has no contacts.
    expected: only(ORGANISATION_MANAGERS, (role, scope) =>
      scope === 'own' ? 422 : visible(201)(role, scope),
    ),
  },
  'PATCH /api/v1/organisations/{id}/contacts/{contactId}': {
    isScoped: true,
    request: async ({ db, place }) => ({
      method: 'PATCH',
      url: `${contactsOf(place.organisationId)}/${await insertPartnerContact(db, place)}`,
      body: { jobTitle: 'Changed by the matrix' },
    }),
    expected: only(ORGANISATION_MANAGERS, visible(200)),
  },
  'DELETE /api/v1/organisations/{id}/contacts/{contactId}': {
    isScoped: true,
    request: async ({ db, place }) => ({
      method: 'DELETE',
      url: `${contactsOf(place.organisationId)}/${await insertPartnerContact(db, place)}`,
    }),
    expected: only(ORGANISATION_MANAGERS, visible(204)),
  },
  // Saved views are their owner's alone; every role may keep some.
  'GET /api/v1/saved-views': {
    isList: true,
    request: () => ({ method: 'GET', url: '/api/v1/saved-views?list=partners' }),
    expected: only(ALL, always(200)),
  },
  'POST /api/v1/saved-views': {
    request: () => ({
      method: 'POST',
      url: '/api/v1/saved-views',
      body: { list: 'partners', name: `Matrix view ${nextSequence()}`, filters: { tier: 'gold' } },
    }),
    expected: only(ALL, always(201)),
  },
  'PATCH /api/v1/saved-views/{id}': {
    request: async ({ db, place, caller }) => ({
      method: 'PATCH',
      url: `/api/v1/saved-views/${await insertSavedView(db, place, caller.userId)}`,
      body: { name: 'Renamed by the matrix' },
    }),
    expected: only(ALL, always(200)),
  },
  'DELETE /api/v1/saved-views/{id}': {
    request: async ({ db, place, caller }) => ({
      method: 'DELETE',
      url: `/api/v1/saved-views/${await insertSavedView(db, place, caller.userId)}`,
    }),
    expected: only(ALL, always(204)),
  },
};
