import type { Database } from '../src/platform/db/connection.ts';
import { PARTNER_ROLES, type Role, VENDOR_ROLES } from '../src/platform/permissions.ts';
import type { Principal, TestWorkspace } from './factories.ts';
import { TEST_PASSWORD } from './factories.ts';
import {
  insertApiKey,
  insertAutomationRule,
  insertChatIntegration,
  insertInvitation,
  insertNotification,
  insertTask,
  insertUser,
  insertWebhookDelivery,
  insertWebhookEndpoint,
} from './fixtures.ts';

/**
 * Who may do what, written out by hand — deliberately not derived from the permission table, so a
 * change to either one without the other fails the test. Every route the app documents must have
 * an entry here.
 *
 * Scopes name where the target lives relative to the caller:
 * - own: the caller's own organisation (the vendor for vendor staff);
 * - other_partner: a partner that is not the caller's, in a region (north-america) the EMEA
 *   regional manager does not cover;
 * - other_workspace: a partner of another vendor on the same deployment.
 */
export type Scope = 'own' | 'other_partner' | 'other_workspace';
export const SCOPES: readonly Scope[] = ['own', 'other_partner', 'other_workspace'];

export type Place = {
  workspaceId: string;
  organisationId: string;
  kind: 'vendor' | 'partner';
  adminUserId: string;
};

export type MatrixEnv = {
  db: Database;
  world: TestWorkspace;
  caller: Principal;
  /** Where the target lives for this scope. */
  place: Place;
};

export type MatrixRequest = {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  body?: unknown;
};

export type MatrixEntry = {
  /** Reachable without signing in; anonymous callers get the same answer as everyone. */
  isPublic?: boolean;
  /** Acts on a target resource, so every scope is exercised; otherwise only `own`. */
  isScoped?: boolean;
  /** A list: the runner also checks that nothing outside the caller's view appears in it. */
  isList?: boolean;
  request: (env: MatrixEnv) => Promise<MatrixRequest> | MatrixRequest;
  expected: (role: Role, scope: Scope) => number;
};

const ALL: readonly Role[] = [...VENDOR_ROLES, ...PARTNER_ROLES];
const isPartner = (role: Role) => (PARTNER_ROLES as readonly string[]).includes(role);

/** Forbidden unless the role is listed. */
const only =
  (roles: readonly Role[], then: (role: Role, scope: Scope) => number) => (role: Role, scope: Scope) =>
    roles.includes(role) ? then(role, scope) : 403;

/**
 * The visibility rule of partner-owned data: a partner sees only its own; the EMEA regional
 * manager sees partners in EMEA only; nobody sees another workspace.
 */
const visible =
  (success: number, hidden = 404) =>
  (role: Role, scope: Scope) => {
    if (scope === 'own') return success;
    if (scope === 'other_workspace') return hidden;
    return isPartner(role) || role === 'regional_manager' ? hidden : success;
  };

const always = (status: number) => () => status;

/** A role that fits the place's organisation kind and that every inviter of it may hand out. */
const juniorRole = (place: Place): Role => (place.kind === 'vendor' ? 'sales_rep' : 'partner_sales');
let sequence = 0;
const freshEmail = () => `matrix.${Date.now().toString(36)}.${sequence++}@example.test`;

const USER_MANAGERS: Role[] = ['owner', 'admin', 'partner_admin'];
const INVITERS: Role[] = ['owner', 'admin', 'channel_manager', 'regional_manager', 'partner_admin'];
const ORGANISATION_MANAGERS: Role[] = ['owner', 'admin', 'channel_manager', 'regional_manager'];
const KEY_MANAGERS: Role[] = ['owner', 'admin', 'partner_admin'];
const WEBHOOK_MANAGERS: Role[] = ['owner', 'admin', 'partner_admin'];
const AUDITORS: Role[] = ['owner', 'admin', 'analyst'];
const WORKSPACE_MANAGERS: Role[] = ['owner', 'admin'];
const TASK_ASSIGNERS: Role[] = ['owner', 'admin', 'channel_manager', 'regional_manager', 'partner_admin'];
const RULE_MANAGERS: Role[] = ['owner', 'admin'];

export const AUTHORIZATION_MATRIX: Record<string, MatrixEntry> = {
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
      body: { name: `Matrix Partner ${sequence++}`, region: 'emea' },
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
    expected: only(ORGANISATION_MANAGERS, (role, scope) => {
      // "own" is the vendor's own record, which only owners and admins edit.
      if (scope === 'own') return WORKSPACE_MANAGERS.includes(role) ? 200 : 403;
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

  'GET /api/v1/webhook-endpoints': {
    isList: true,
    request: () => ({ method: 'GET', url: '/api/v1/webhook-endpoints?limit=200' }),
    expected: only(WEBHOOK_MANAGERS, always(200)),
  },
  'POST /api/v1/webhook-endpoints': {
    request: () => ({
      method: 'POST',
      url: '/api/v1/webhook-endpoints',
      body: { url: 'https://receiver.example.test/hooks', eventTypes: ['organisation.created'] },
    }),
    expected: only(WEBHOOK_MANAGERS, always(201)),
  },
  // Like API keys, endpoints belong to their own organisation: vendor admins do not manage partners'.
  'GET /api/v1/webhook-endpoints/{id}': {
    isScoped: true,
    request: async ({ db, place }) => ({
      method: 'GET',
      url: `/api/v1/webhook-endpoints/${await insertWebhookEndpoint(db, place)}`,
    }),
    expected: only(WEBHOOK_MANAGERS, (_role, scope) => (scope === 'own' ? 200 : 404)),
  },
  'PATCH /api/v1/webhook-endpoints/{id}': {
    isScoped: true,
    request: async ({ db, place }) => ({
      method: 'PATCH',
      url: `/api/v1/webhook-endpoints/${await insertWebhookEndpoint(db, place)}`,
      body: { description: 'Changed by the matrix' },
    }),
    expected: only(WEBHOOK_MANAGERS, (_role, scope) => (scope === 'own' ? 200 : 404)),
  },
  'DELETE /api/v1/webhook-endpoints/{id}': {
    isScoped: true,
    request: async ({ db, place }) => ({
      method: 'DELETE',
      url: `/api/v1/webhook-endpoints/${await insertWebhookEndpoint(db, place)}`,
    }),
    expected: only(WEBHOOK_MANAGERS, (_role, scope) => (scope === 'own' ? 204 : 404)),
  },
  'POST /api/v1/webhook-endpoints/{id}/rotate-secret': {
    isScoped: true,
    request: async ({ db, place }) => ({
      method: 'POST',
      url: `/api/v1/webhook-endpoints/${await insertWebhookEndpoint(db, place)}/rotate-secret`,
    }),
    expected: only(WEBHOOK_MANAGERS, (_role, scope) => (scope === 'own' ? 200 : 404)),
  },
  'GET /api/v1/webhook-endpoints/{id}/deliveries': {
    isScoped: true,
    request: async ({ db, place }) => ({
      method: 'GET',
      url: `/api/v1/webhook-endpoints/${await insertWebhookEndpoint(db, place)}/deliveries`,
    }),
    expected: only(WEBHOOK_MANAGERS, (_role, scope) => (scope === 'own' ? 200 : 404)),
  },
  'GET /api/v1/webhook-deliveries/{id}': {
    isScoped: true,
    request: async ({ db, place }) => ({
      method: 'GET',
      url: `/api/v1/webhook-deliveries/${await insertWebhookDelivery(db, place)}`,
    }),
    expected: only(WEBHOOK_MANAGERS, (_role, scope) => (scope === 'own' ? 200 : 404)),
  },
  'POST /api/v1/webhook-deliveries/{id}/replay': {
    isScoped: true,
    request: async ({ db, place }) => ({
      method: 'POST',
      url: `/api/v1/webhook-deliveries/${await insertWebhookDelivery(db, place)}/replay`,
    }),
    expected: only(WEBHOOK_MANAGERS, (_role, scope) => (scope === 'own' ? 202 : 404)),
  },

  'GET /api/v1/audit-events': {
    isList: true,
    request: () => ({ method: 'GET', url: '/api/v1/audit-events?limit=200' }),
    expected: only(AUDITORS, always(200)),
  },

  // Notifications are personal: whatever the role, only one's own.
  'GET /api/v1/notifications': {
    isList: true,
    request: () => ({ method: 'GET', url: '/api/v1/notifications?limit=200' }),
    expected: only(ALL, always(200)),
  },
  'GET /api/v1/notifications/unread-count': {
    request: () => ({ method: 'GET', url: '/api/v1/notifications/unread-count' }),
    expected: only(ALL, always(200)),
  },
  'POST /api/v1/notifications/{id}/read': {
    isScoped: true,
    request: async ({ db, place, caller }) => {
      const recipient = place.organisationId === caller.organisationId ? caller.userId : place.adminUserId;
      return {
        method: 'POST',
        url: `/api/v1/notifications/${await insertNotification(db, place, recipient)}/read`,
      };
    },
    expected: only(ALL, (_role, scope) => (scope === 'own' ? 204 : 404)),
  },
  'POST /api/v1/notifications/read-all': {
    request: () => ({ method: 'POST', url: '/api/v1/notifications/read-all' }),
    expected: only(ALL, always(204)),
  },
  'GET /api/v1/notification-preferences': {
    request: () => ({ method: 'GET', url: '/api/v1/notification-preferences' }),
    expected: only(ALL, always(200)),
  },
  'PUT /api/v1/notification-preferences': {
    request: () => ({
      method: 'PUT',
      url: '/api/v1/notification-preferences',
      body: { preferences: [{ eventType: 'organisation.created', channel: 'email', isEnabled: false }] },
    }),
    expected: only(ALL, always(200)),
  },
  'GET /api/v1/email-outbox': {
    isList: true,
    request: () => ({ method: 'GET', url: '/api/v1/email-outbox?limit=200' }),
    expected: only(WORKSPACE_MANAGERS, always(200)),
  },

  // Chat integrations belong to their own organisation; today only the vendor's owners and admins
  // hold chat:manage. The test send goes to the fixture's refused local port: a 200 "failed" outcome.
  'GET /api/v1/chat-integrations': {
    isList: true,
    request: () => ({ method: 'GET', url: '/api/v1/chat-integrations?limit=200' }),
    expected: only(WORKSPACE_MANAGERS, always(200)),
  },
  'POST /api/v1/chat-integrations': {
    request: () => ({
      method: 'POST',
      url: '/api/v1/chat-integrations',
      body: {
        kind: 'slack',
        name: 'Matrix channel',
        webhookUrl: 'https://hooks.slack.com/services/T0/B0/matrix',
      },
    }),
    expected: only(WORKSPACE_MANAGERS, always(201)),
  },
  'GET /api/v1/chat-integrations/{id}': {
    isScoped: true,
    request: async ({ db, place }) => ({
      method: 'GET',
      url: `/api/v1/chat-integrations/${await insertChatIntegration(db, place)}`,
    }),
    expected: only(WORKSPACE_MANAGERS, (_role, scope) => (scope === 'own' ? 200 : 404)),
  },
  'PATCH /api/v1/chat-integrations/{id}': {
    isScoped: true,
    request: async ({ db, place }) => ({
      method: 'PATCH',
      url: `/api/v1/chat-integrations/${await insertChatIntegration(db, place)}`,
      body: { name: 'Renamed by the matrix' },
    }),
    expected: only(WORKSPACE_MANAGERS, (_role, scope) => (scope === 'own' ? 200 : 404)),
  },
  'DELETE /api/v1/chat-integrations/{id}': {
    isScoped: true,
    request: async ({ db, place }) => ({
      method: 'DELETE',
      url: `/api/v1/chat-integrations/${await insertChatIntegration(db, place)}`,
    }),
    expected: only(WORKSPACE_MANAGERS, (_role, scope) => (scope === 'own' ? 204 : 404)),
  },
  'POST /api/v1/chat-integrations/{id}/test': {
    isScoped: true,
    request: async ({ db, place }) => ({
      method: 'POST',
      url: `/api/v1/chat-integrations/${await insertChatIntegration(db, place)}/test`,
    }),
    expected: only(WORKSPACE_MANAGERS, (_role, scope) => (scope === 'own' ? 200 : 404)),
  },

  // Tasks: everyone keeps their own list and may give themselves a task (see tasks.test.ts);
  // assigning to, seeing or editing someone else's needs tasks:assign, within what the caller sees.
  'GET /api/v1/tasks': {
    isList: true,
    request: () => ({ method: 'GET', url: '/api/v1/tasks?limit=200' }),
    expected: only(ALL, always(200)),
  },
  // Assigning to someone the caller cannot see is a validation error on assigneeId.
  'POST /api/v1/tasks': {
    isScoped: true,
    request: async ({ db, place }) => ({
      method: 'POST',
      url: '/api/v1/tasks',
      body: { title: 'Matrix task', assigneeId: (await insertUser(db, place, juniorRole(place))).id },
    }),
    expected: only(TASK_ASSIGNERS, visible(201, 422)),
  },
  // The task belongs to another user of the place: without tasks:assign it is not there at all.
  'GET /api/v1/tasks/{id}': {
    isScoped: true,
    request: async ({ db, place }) => ({
      method: 'GET',
      url: `/api/v1/tasks/${await insertTask(db, place, (await insertUser(db, place, juniorRole(place))).id)}`,
    }),
    expected: (role, scope) => (TASK_ASSIGNERS.includes(role) ? visible(200)(role, scope) : 404),
  },
  'PATCH /api/v1/tasks/{id}': {
    isScoped: true,
    request: async ({ db, place }) => ({
      method: 'PATCH',
      url: `/api/v1/tasks/${await insertTask(db, place, (await insertUser(db, place, juniorRole(place))).id)}`,
      body: { title: 'Changed by the matrix' },
    }),
    expected: (role, scope) => (TASK_ASSIGNERS.includes(role) ? visible(200)(role, scope) : 404),
  },

  // Automation rules are the vendor's, managed by its owners and admins; anyone else's look absent.
  'GET /api/v1/automation/catalogue': {
    request: () => ({ method: 'GET', url: '/api/v1/automation/catalogue' }),
    expected: only(RULE_MANAGERS, always(200)),
  },
  'GET /api/v1/automation-rules': {
    isList: true,
    request: () => ({ method: 'GET', url: '/api/v1/automation-rules?limit=200' }),
    expected: only(RULE_MANAGERS, always(200)),
  },
  'POST /api/v1/automation-rules': {
    request: () => ({
      method: 'POST',
      url: '/api/v1/automation-rules',
      body: {
        name: 'Matrix rule',
        eventType: 'organisation.updated',
        condition: { '==': [{ var: 'after.status' }, 'inactive'] },
        actions: [
          { type: 'notify', vendorRoles: ['admin'], title: '{{after.name}} left', body: 'Offboarded.' },
        ],
      },
    }),
    expected: only(RULE_MANAGERS, always(201)),
  },
  'GET /api/v1/automation-rules/{id}': {
    isScoped: true,
    request: async ({ db, place }) => ({
      method: 'GET',
      url: `/api/v1/automation-rules/${await insertAutomationRule(db, place)}`,
    }),
    expected: only(RULE_MANAGERS, (_role, scope) => (scope === 'own' ? 200 : 404)),
  },
  'PATCH /api/v1/automation-rules/{id}': {
    isScoped: true,
    request: async ({ db, place }) => ({
      method: 'PATCH',
      url: `/api/v1/automation-rules/${await insertAutomationRule(db, place)}`,
      body: { name: 'Renamed by the matrix' },
    }),
    expected: only(RULE_MANAGERS, (_role, scope) => (scope === 'own' ? 200 : 404)),
  },
  'DELETE /api/v1/automation-rules/{id}': {
    isScoped: true,
    request: async ({ db, place }) => ({
      method: 'DELETE',
      url: `/api/v1/automation-rules/${await insertAutomationRule(db, place)}`,
    }),
    expected: only(RULE_MANAGERS, (_role, scope) => (scope === 'own' ? 204 : 404)),
  },
  'GET /api/v1/automation-rules/{id}/runs': {
    isScoped: true,
    request: async ({ db, place }) => ({
      method: 'GET',
      url: `/api/v1/automation-rules/${await insertAutomationRule(db, place)}/runs`,
    }),
    expected: only(RULE_MANAGERS, (_role, scope) => (scope === 'own' ? 200 : 404)),
  },
  'POST /api/v1/automation-rules/{id}/test': {
    isScoped: true,
    request: async ({ db, place }) => ({
      method: 'POST',
      url: `/api/v1/automation-rules/${await insertAutomationRule(db, place)}/test`,
      body: { after: { status: 'inactive' } },
    }),
    expected: only(RULE_MANAGERS, (_role, scope) => (scope === 'own' ? 200 : 404)),
  },
};
