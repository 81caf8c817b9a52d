import { insertAutomationRule, insertTask, insertUser } from '../fixtures.ts';
import {
  ALL,
  always,
  juniorRole,
  type MatrixEntry,
  only,
  RULE_MANAGERS,
  TASK_ASSIGNERS,
  visible,
} from './rules.ts';

export const AUTOMATION_ROUTES: Record<string, MatrixEntry> = {
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
