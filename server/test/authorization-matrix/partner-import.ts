import { insertPartnerImport } from '../fixtures.ts';
import { always, type MatrixEntry, ORGANISATION_MANAGERS, only, type Scope } from './rules.ts';

/** Importing partners is for the vendor's owners, admins and channel managers. */
const IMPORTERS = ['owner', 'admin', 'channel_manager'] as const;

/** An import belongs to its workspace; another workspace's is absent. */
const inWorkspace = (success: number) => (_role: unknown, scope: Scope) =>
  scope === 'other_workspace' ? 404 : success;

const importing = (success: number) => only([...IMPORTERS], inWorkspace(success));

export const PARTNER_IMPORT_ROUTES: Record<string, MatrixEntry> = {
  // A name like the out-of-region partner's: the regional manager must not learn it exists.
  'GET /api/v1/organisations/duplicate-candidates': {
    isList: true,
    request: ({ world }) => ({
      method: 'GET',
      url: `/api/v1/organisations/duplicate-candidates?name=${encodeURIComponent(world.partnerB.name)}`,
    }),
    expected: only(ORGANISATION_MANAGERS, always(200)),
  },
  'GET /api/v1/partner-imports': {
    isList: true,
    request: () => ({ method: 'GET', url: '/api/v1/partner-imports?limit=200' }),
    expected: only([...IMPORTERS], always(200)),
  },
  'POST /api/v1/partner-imports': {
    request: () => ({
      method: 'POST',
      url: '/api/v1/partner-imports',
      body: { fileName: 'matrix.csv', content: Buffer.from('Company\nMatrix Partner\n').toString('base64') },
    }),
    expected: only([...IMPORTERS], always(201)),
  },
  'GET /api/v1/partner-imports/{id}': {
    isScoped: true,
    request: async ({ db, place }) => ({
      method: 'GET',
      url: `/api/v1/partner-imports/${await insertPartnerImport(db, place.workspaceId)}`,
    }),
    expected: importing(200),
  },
  'PUT /api/v1/partner-imports/{id}/mapping': {
    isScoped: true,
    request: async ({ db, place }) => ({
      method: 'PUT',
      url: `/api/v1/partner-imports/${await insertPartnerImport(db, place.workspaceId)}/mapping`,
      body: { mapping: { Company: 'name' } },
    }),
    expected: importing(200),
  },
  'GET /api/v1/partner-imports/{id}/rows': {
    isScoped: true,
    request: async ({ db, place }) => ({
      method: 'GET',
      url: `/api/v1/partner-imports/${await insertPartnerImport(db, place.workspaceId, 'ready_for_review')}/rows`,
    }),
    expected: importing(200),
  },
  'GET /api/v1/partner-imports/{id}/invalid-rows': {
    isScoped: true,
    request: async ({ db, place }) => ({
      method: 'GET',
      url: `/api/v1/partner-imports/${await insertPartnerImport(db, place.workspaceId, 'ready_for_review')}/invalid-rows`,
    }),
    expected: importing(200),
  },
  'POST /api/v1/partner-imports/{id}/decisions': {
    isScoped: true,
    request: async ({ db, place }) => ({
      method: 'POST',
      url: `/api/v1/partner-imports/${await insertPartnerImport(db, place.workspaceId, 'ready_for_review')}/decisions`,
      body: { decisions: [] },
    }),
    expected: importing(200),
  },
};
