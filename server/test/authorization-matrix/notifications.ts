import { insertNotification } from '../fixtures.ts';
import { ALL, always, type MatrixEntry, only, WORKSPACE_MANAGERS } from './rules.ts';

export const NOTIFICATIONS_ROUTES: Record<string, MatrixEntry> = {
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
};
