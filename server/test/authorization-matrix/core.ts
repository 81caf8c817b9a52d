import { TEST_PASSWORD } from '../factories.ts';
import { insertApiKey, insertInvitation, insertUser } from '../fixtures.ts';
import {
  ALL,
  AUDITORS,
  always,
  freshEmail,
  INVITERS,
  isPartner,
  juniorRole,
  KEY_MANAGERS,
  type MatrixEntry,
  nextSequence,
  ORGANISATION_MANAGERS,
  only,
  USER_MANAGERS,
  visible,
  WORKSPACE_MANAGERS,
} from './rules.ts';

export const CORE_ROUTES: Record<string, MatrixEntry> = {
  'GET /healthz': {
    isPublic: true,
    request: () => ({ method: 'GET', url: '/healthz' }),
    expected: always(200),
  },
  'GET /readyz': {
    isPublic: true,
    request: () => ({ method: 'GET', url: '/readyz' }),
    expected: always(200),
  },
  'POST /api/v1/auth/login': {
    isPublic: true,
    request: ({ caller }) => ({
      method: 'POST',
      url: '/api/v1/auth/login',
      body: { email: caller.email, password: TEST_PASSWORD },
    }),
    expected: always(200),
  },
  'POST /api/v1/auth/password-reset': {
    isPublic: true,
    request: ({ caller }) => ({
      method: 'POST',
      url: '/api/v1/auth/password-reset',
      body: { email: caller.email },
    }),
    expected: always(202),
  },
  'POST /api/v1/auth/password-reset/confirm': {
    isPublic: true,
    request: () => ({
      method: 'POST',
      url: '/api/v1/auth/password-reset/confirm',
      body: { token: 'x'.repeat(43), password: 'a-long-enough-password' },
    }),
    expected: always(404),
  },
  'POST /api/v1/invitations/accept': {
    isPublic: true,
    request: () => ({
      method: 'POST',
      url: '/api/v1/invitations/accept',
      body: { token: 'x'.repeat(43), password: 'a-long-enough-password' },
    }),
    expected: always(404),
  },
  // Signed-in sessions have no open challenge; the route answers that, to everyone alike.
  'POST /api/v1/auth/mfa': {
    request: () => ({ method: 'POST', url: '/api/v1/auth/mfa', body: { code: '123456' } }),
    expected: always(409),
  },
  'POST /api/v1/auth/logout': {
    request: () => ({ method: 'POST', url: '/api/v1/auth/logout' }),
    expected: always(204),
  },
  'GET /api/v1/me': { request: () => ({ method: 'GET', url: '/api/v1/me' }), expected: always(200) },
  'PATCH /api/v1/me': {
    request: () => ({ method: 'PATCH', url: '/api/v1/me', body: { locale: 'de' } }),
    expected: always(200),
  },
  'POST /api/v1/me/password': {
    request: () => ({
      method: 'POST',
      url: '/api/v1/me/password',
      body: { currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD },
    }),
    expected: always(204),
  },
  'POST /api/v1/me/mfa/totp': {
    request: () => ({ method: 'POST', url: '/api/v1/me/mfa/totp' }),
    expected: always(201),
  },
  // Without a started enrolment there is nothing to confirm; with no authenticator, nothing to disable.
  'POST /api/v1/me/mfa/totp/confirm': {
    request: () => ({ method: 'POST', url: '/api/v1/me/mfa/totp/confirm', body: { code: '123456' } }),
    expected: always(409),
  },
  'POST /api/v1/me/mfa/totp/disable': {
    request: () => ({ method: 'POST', url: '/api/v1/me/mfa/totp/disable', body: { code: '123456' } }),
    expected: always(409),
  },
  'GET /api/v1/users': {
    isList: true,
    request: () => ({ method: 'GET', url: '/api/v1/users?limit=200' }),
    expected: only(ALL, always(200)),
  },
  'GET /api/v1/users/{id}': {
    isScoped: true,
    request: async ({ db, place }) => ({
      method: 'GET',
      url: `/api/v1/users/${(await insertUser(db, place, juniorRole(place))).id}`,
    }),
    expected: only(ALL, visible(200)),
  },
  'PATCH /api/v1/users/{id}': {
    isScoped: true,
    request: async ({ db, place }) => ({
      method: 'PATCH',
      url: `/api/v1/users/${(await insertUser(db, place, juniorRole(place))).id}`,
      body: { name: 'Renamed by the matrix' },
    }),
    expected: only(USER_MANAGERS, visible(200)),
  },
  'GET /api/v1/invitations': {
    isList: true,
    request: () => ({ method: 'GET', url: '/api/v1/invitations?limit=200' }),
    expected: only(INVITERS, always(200)),
  },
  // Inviting into an organisation the caller cannot see is a validation error on organisationId.
  'POST /api/v1/invitations': {
    isScoped: true,
    request: ({ place }) => ({
      method: 'POST',
      url: '/api/v1/invitations',
      body: { email: freshEmail(), role: juniorRole(place), organisationId: place.organisationId },
    }),
    expected: only(INVITERS, (role, scope) => {
      // Channel and regional managers bring in partners' people, not vendor staff.
      if (scope === 'own' && (role === 'channel_manager' || role === 'regional_manager')) return 403;
      return visible(201, 422)(role, scope);
    }),
  },
  'DELETE /api/v1/invitations/{id}': {
    isScoped: true,
    request: async ({ db, place }) => ({
      method: 'DELETE',
      url: `/api/v1/invitations/${await insertInvitation(db, place, juniorRole(place))}`,
    }),
    expected: only(INVITERS, (role, scope) => {
      if (scope === 'own' && (role === 'channel_manager' || role === 'regional_manager')) return 403;
      return visible(200)(role, scope);
    }),
  },
  'GET /api/v1/organisations': {
    isList: true,
    request: () => ({ method: 'GET', url: '/api/v1/organisations?limit=200' }),
    expected: only(ALL, always(200)),
  },
  'POST /api/v1/organisations': {
    request: () => ({
      method: 'POST',
      url: '/api/v1/organisations',
      body: { name: `Matrix Partner ${nextSequence()}`, region: 'emea' },
    }),
    expected: only(ORGANISATION_MANAGERS, always(201)),
  },
  'GET /api/v1/organisations/{id}': {
    isScoped: true,
    request: ({ place }) => ({ method: 'GET', url: `/api/v1/organisations/${place.organisationId}` }),
    expected: only(ALL, visible(200)),
  },
  'PATCH /api/v1/organisations/{id}': {
    isScoped: true,
    request: ({ place }) => ({
      method: 'PATCH',
      url: `/api/v1/organisations/${place.organisationId}`,
      body: { country: 'FR' },
    }),
    // Partner admins edit their own public profile (country is part of its address).
    expected: only([...ORGANISATION_MANAGERS, 'partner_admin'], (role, scope) => {
      // "own" is the vendor's own record, which only owners and admins edit.
      if (scope === 'own' && !isPartner(role)) return WORKSPACE_MANAGERS.includes(role) ? 200 : 403;
      return visible(200)(role, scope);
    }),
  },
  'GET /api/v1/api-keys': {
    isList: true,
    request: () => ({ method: 'GET', url: '/api/v1/api-keys?limit=200' }),
    expected: only(KEY_MANAGERS, always(200)),
  },
  'POST /api/v1/api-keys': {
    request: () => ({
      method: 'POST',
      url: '/api/v1/api-keys',
      body: { name: 'Matrix key', scopes: ['users:read'] },
    }),
    expected: only(KEY_MANAGERS, always(201)),
  },
  // Keys are managed by their own organisation only, vendor admins included.
  'DELETE /api/v1/api-keys/{id}': {
    isScoped: true,
    request: async ({ db, place }) => ({
      method: 'DELETE',
      url: `/api/v1/api-keys/${await insertApiKey(db, place, place.adminUserId)}`,
    }),
    expected: only(KEY_MANAGERS, (_role, scope) => (scope === 'own' ? 200 : 404)),
  },
  'GET /api/v1/audit-events': {
    isList: true,
    request: () => ({ method: 'GET', url: '/api/v1/audit-events?limit=200' }),
    expected: only(AUDITORS, always(200)),
  },
};
