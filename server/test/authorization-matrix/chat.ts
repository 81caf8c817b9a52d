import { insertChatIntegration } from '../fixtures.ts';
import { always, type MatrixEntry, only, WORKSPACE_MANAGERS } from './rules.ts';

export const CHAT_ROUTES: Record<string, MatrixEntry> = {
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
};
