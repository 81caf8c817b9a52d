import { insertWebhookDelivery, insertWebhookEndpoint } from '../fixtures.ts';
import { always, type MatrixEntry, only, WEBHOOK_MANAGERS } from './rules.ts';

export const WEBHOOKS_ROUTES: Record<string, MatrixEntry> = {
  'GET /api/v1/webhook-endpoints': {
    isList: true,
    request: () => ({ method: 'GET', url: '/api/v1/webhook-endpoints?limit=200' }),
    expected: only(WEBHOOK_MANAGERS, always(200)),
  },
  'GET /api/v1/webhook-event-types': {
    request: () => ({ method: 'GET', url: '/api/v1/webhook-event-types' }),
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
};
