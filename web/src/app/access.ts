import type { Me, Permission } from '../features/auth/me-query.ts';

/** The vendor's staff work in the console, partners' people in the portal: one shell, two areas. */
export type Area = 'console' | 'portal';

export type AccessRule = { area: Area; permission?: Permission };

/**
 * What each part of the app needs, in one place: the routes guard with these and the navigation
 * shows only what they allow. The API enforces the same permissions on its side.
 */
export const ACCESS = {
  console: { area: 'console' },
  audit: { area: 'console', permission: 'audit:read' },
  portal: { area: 'portal' },
} as const satisfies Record<string, AccessRule>;

export function areaOf(me: Me): Area {
  return me.organisation.kind === 'vendor' ? 'console' : 'portal';
}

export function homePathOf(me: Me): '/console' | '/portal' {
  return areaOf(me) === 'console' ? '/console' : '/portal';
}

export function canAccess(me: Me, rule: AccessRule): boolean {
  if (areaOf(me) !== rule.area) return false;
  return rule.permission === undefined || me.permissions.includes(rule.permission);
}
