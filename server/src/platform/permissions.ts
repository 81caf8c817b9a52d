import { forbidden } from './errors.ts';

export const VENDOR_ROLES = [
  'owner',
  'admin',
  'channel_manager',
  'regional_manager',
  'finance',
  'marketing',
  'sales_rep',
  'analyst',
] as const;
export const PARTNER_ROLES = [
  'partner_admin',
  'partner_sales',
  'partner_marketing',
  'partner_finance',
] as const;
export const ROLES = [...VENDOR_ROLES, ...PARTNER_ROLES] as const;

export type VendorRole = (typeof VENDOR_ROLES)[number];
export type PartnerRole = (typeof PARTNER_ROLES)[number];
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  'workspace:manage',
  'organisations:read',
  'organisations:manage',
  'users:read',
  'users:manage',
  'invitations:manage',
  'api_keys:manage',
  'webhooks:manage',
  'automation:manage',
  'chat:manage',
  'tasks:assign',
  'audit:read',
  'agreements:manage',
  'recruitment:manage',
  'compliance:read',
  'compliance:manage',
  'compliance:submit',
  'tiers:manage',
  'company_profile:edit',
  'onboarding:manage',
  'onboarding:complete_steps',
  'partners:import',
  'deals:register',
  'deals:read',
  'deals:approve',
  'deals:dispute',
  'deals:manage',
  'accounts:read',
  'accounts:manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/**
 * The one table that decides what each role may do. Row-level security then decides *which rows*:
 * a partner admin's `users:manage` reaches only its own organisation's users, and a regional
 * manager's `organisations:read` only the partners in its regions.
 */
const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  owner: PERMISSIONS,
  admin: PERMISSIONS,
  channel_manager: [
    'organisations:read',
    'organisations:manage',
    'users:read',
    'invitations:manage',
    'tasks:assign',
    'agreements:manage',
    'recruitment:manage',
    'compliance:read',
    'compliance:manage',
    'tiers:manage',
    'onboarding:manage',
    'onboarding:complete_steps',
    'partners:import',
    'deals:read',
    'deals:approve',
    'deals:dispute',
    'deals:manage',
    'accounts:read',
    'accounts:manage',
  ],
  regional_manager: [
    'organisations:read',
    'organisations:manage',
    'users:read',
    'invitations:manage',
    'tasks:assign',
    'compliance:read',
    'deals:read',
    'deals:approve',
    'deals:dispute',
    'accounts:read',
  ],
  finance: ['organisations:read', 'users:read', 'compliance:read', 'deals:read'],
  marketing: ['organisations:read', 'users:read', 'deals:read'],
  sales_rep: ['organisations:read', 'users:read', 'deals:read', 'deals:dispute', 'accounts:read'],
  analyst: [
    'organisations:read',
    'users:read',
    'audit:read',
    'compliance:read',
    'deals:read',
    'accounts:read',
  ],
  partner_admin: [
    'organisations:read',
    'users:read',
    'users:manage',
    'invitations:manage',
    'api_keys:manage',
    'webhooks:manage',
    'tasks:assign',
    'compliance:submit',
    'company_profile:edit',
    'onboarding:complete_steps',
    'deals:register',
    'deals:read',
    'deals:dispute',
  ],
  partner_sales: ['organisations:read', 'users:read', 'deals:register', 'deals:read', 'deals:dispute'],
  partner_marketing: ['organisations:read', 'users:read', 'deals:read'],
  partner_finance: ['organisations:read', 'users:read', 'compliance:submit', 'deals:read'],
};

export function isVendorRole(role: string): role is VendorRole {
  return (VENDOR_ROLES as readonly string[]).includes(role);
}

export function isPartnerRole(role: string): role is PartnerRole {
  return (PARTNER_ROLES as readonly string[]).includes(role);
}

export function permissionsOf(role: Role): readonly Permission[] {
  return ROLE_PERMISSIONS[role];
}

/** Roles a user of `role` may hand out: never above their own, never across the vendor/partner line. */
export function assignableRoles(role: Role): readonly Role[] {
  if (role === 'owner') return ROLES;
  if (role === 'admin') return ROLES.filter((candidate) => candidate !== 'owner');
  if (role === 'channel_manager' || role === 'regional_manager') return PARTNER_ROLES;
  if (role === 'partner_admin') return PARTNER_ROLES;
  return [];
}

export type Principal = { role: Role; scopes: readonly Permission[] | null };

/** API keys act with their creator's role narrowed to the key's scopes. */
export function can(principal: Principal, permission: Permission): boolean {
  if (!permissionsOf(principal.role).includes(permission)) return false;
  return principal.scopes === null || principal.scopes.includes(permission);
}

export function assertCan(principal: Principal, permission: Permission): void {
  if (!can(principal, permission)) throw forbidden(`Your role does not allow ${permission}.`);
}
