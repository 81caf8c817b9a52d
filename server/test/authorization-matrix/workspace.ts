import { ALL, always, type MatrixEntry, only, WORKSPACE_MANAGERS } from './rules.ts';

/** One transparent pixel: the smallest logo the upload accepts. */
const PIXEL_PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

export const WORKSPACE_ROUTES: Record<string, MatrixEntry> = {
  // Everyone sees the branding of the program they work in; partners see their vendor's.
  'GET /api/v1/workspace': {
    request: () => ({ method: 'GET', url: '/api/v1/workspace' }),
    expected: only(ALL, always(200)),
  },
  'PATCH /api/v1/workspace/branding': {
    request: () => ({
      method: 'PATCH',
      url: '/api/v1/workspace/branding',
      body: { productName: 'Matrix Hub' },
    }),
    expected: only(WORKSPACE_MANAGERS, always(200)),
  },
  'PUT /api/v1/workspace/logo': {
    request: () => ({ method: 'PUT', url: '/api/v1/workspace/logo', body: { image: PIXEL_PNG } }),
    expected: only(WORKSPACE_MANAGERS, always(200)),
  },
  'DELETE /api/v1/workspace/logo': {
    request: () => ({ method: 'DELETE', url: '/api/v1/workspace/logo' }),
    expected: only(WORKSPACE_MANAGERS, always(200)),
  },
};
