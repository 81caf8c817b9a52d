import type { Permission } from '../auth/me-query.ts';

/** What each scope lets a key do, in the reader's language; exhaustive over the API's permissions. */
export const SCOPE_LABELS = {
  'workspace:manage': 'apiKeys.scopes.workspaceManage',
  'organisations:read': 'apiKeys.scopes.organisationsRead',
  'organisations:manage': 'apiKeys.scopes.organisationsManage',
  'users:read': 'apiKeys.scopes.usersRead',
  'users:manage': 'apiKeys.scopes.usersManage',
  'invitations:manage': 'apiKeys.scopes.invitationsManage',
  'api_keys:manage': 'apiKeys.scopes.apiKeysManage',
  'webhooks:manage': 'apiKeys.scopes.webhooksManage',
  'automation:manage': 'apiKeys.scopes.automationManage',
  'chat:manage': 'apiKeys.scopes.chatManage',
  'tasks:assign': 'apiKeys.scopes.tasksAssign',
  'audit:read': 'apiKeys.scopes.auditRead',
  'agreements:manage': 'apiKeys.scopes.agreementsManage',
  'recruitment:manage': 'apiKeys.scopes.recruitmentManage',
  'compliance:read': 'apiKeys.scopes.complianceRead',
  'compliance:manage': 'apiKeys.scopes.complianceManage',
  'compliance:submit': 'apiKeys.scopes.complianceSubmit',
  'tiers:manage': 'apiKeys.scopes.tiersManage',
  'company_profile:edit': 'apiKeys.scopes.companyProfileEdit',
  'onboarding:manage': 'apiKeys.scopes.onboardingManage',
  'onboarding:complete_steps': 'apiKeys.scopes.onboardingCompleteSteps',
  'partners:import': 'apiKeys.scopes.partnersImport',
} as const satisfies Record<Permission, `apiKeys.scopes.${string}`>;
