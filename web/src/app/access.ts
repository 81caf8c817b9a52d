import type { Me, Permission } from '../features/auth/me-query.ts';

/** The vendor's staff work in the console, partners' people in the portal: one shell, two areas. */
export type Area = 'console' | 'portal';

/** Who may open a page: people of one area (or both, when absent) whose role has the permission. */
export type AccessRule = { area?: Area; permission?: Permission };

/**
 * What each part of the app needs, in one place: the routes guard with these and the navigation
 * shows only what they allow. The API enforces the same permissions on its side, and row-level
 * security decides which rows each person sees (a partner admin manages only its own people).
 */
export const ACCESS = {
  console: { area: 'console' },
  portal: { area: 'portal' },
  signedIn: {},
  partners: { area: 'console', permission: 'organisations:read' },
  partnerImports: { area: 'console', permission: 'partners:import' },
  company: { area: 'portal' },
  users: { permission: 'users:read' },
  apiKeys: { permission: 'api_keys:manage' },
  webhooks: { permission: 'webhooks:manage' },
  audit: { area: 'console', permission: 'audit:read' },
  automation: { area: 'console', permission: 'automation:manage' },
  chat: { area: 'console', permission: 'chat:manage' },
  branding: { area: 'console', permission: 'workspace:manage' },
  agreements: { area: 'console', permission: 'agreements:manage' },
  partnerAgreements: { area: 'portal' },
  recruitment: { area: 'console', permission: 'recruitment:manage' },
  compliance: { area: 'console', permission: 'compliance:read' },
  sanctions: { area: 'console', permission: 'compliance:manage' },
  partnerCompliance: { area: 'portal', permission: 'compliance:submit' },
  tiers: { area: 'console', permission: 'organisations:read' },
  partnerTier: { area: 'portal' },
  onboarding: { area: 'console', permission: 'onboarding:manage' },
  partnerOnboarding: { area: 'portal' },
  deals: { area: 'console', permission: 'deals:read' },
  partnerDeals: { area: 'portal', permission: 'deals:read' },
  registerDeal: { area: 'portal', permission: 'deals:register' },
  customerAccounts: { area: 'console', permission: 'accounts:read' },
  rulesOfEngagement: { area: 'console', permission: 'deals:manage' },
  partnerRules: { area: 'portal' },
  dealApprovals: { area: 'console', permission: 'deals:approve' },
  dealSettings: { area: 'console', permission: 'deals:manage' },
  dealDisputes: { area: 'console', permission: 'deals:dispute' },
  partnerDealDisputes: { area: 'portal', permission: 'deals:dispute' },
  dealPipeline: { area: 'console', permission: 'deals:read' },
  partnerDealPipeline: { area: 'portal', permission: 'deals:read' },
} as const satisfies Record<string, AccessRule>;

export function areaOf(me: Me): Area {
  return me.organisation.kind === 'vendor' ? 'console' : 'portal';
}

export function homePathOf(me: Me): '/console' | '/portal' {
  return areaOf(me) === 'console' ? '/console' : '/portal';
}

export function canAccess(me: Me, rule: AccessRule): boolean {
  if (rule.area !== undefined && areaOf(me) !== rule.area) return false;
  return rule.permission === undefined || me.permissions.includes(rule.permission);
}
