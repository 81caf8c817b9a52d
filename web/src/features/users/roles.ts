import type { Role } from '../auth/me-query.ts';

export const VENDOR_ROLES = [
  'owner',
  'admin',
  'channel_manager',
  'regional_manager',
  'finance',
  'marketing',
  'sales_rep',
  'analyst',
] as const satisfies readonly Role[];

export const PARTNER_ROLES = [
  'partner_admin',
  'partner_sales',
  'partner_marketing',
  'partner_finance',
] as const satisfies readonly Role[];

export type OrganisationKind = 'vendor' | 'partner';

/** Vendor roles belong to the vendor's staff, partner roles to partners' people. */
export function organisationKindOf(role: Role): OrganisationKind {
  return (PARTNER_ROLES as readonly Role[]).includes(role) ? 'partner' : 'vendor';
}

/**
 * Roles a person of `role` may hand out: never above their own, never across the vendor/partner
 * line. The same rule as `assignableRoles` in the server's permissions; the API enforces it, this
 * copy only keeps the forms from offering what would be refused.
 */
function assignableRoles(role: Role): readonly Role[] {
  switch (role) {
    case 'owner':
      return [...VENDOR_ROLES, ...PARTNER_ROLES];
    case 'admin':
      return [...VENDOR_ROLES.filter((candidate) => candidate !== 'owner'), ...PARTNER_ROLES];
    case 'channel_manager':
    case 'regional_manager':
    case 'partner_admin':
      return PARTNER_ROLES;
    default:
      return [];
  }
}

export function canAssignRole(actorRole: Role, role: Role): boolean {
  return assignableRoles(actorRole).includes(role);
}

/** What `actorRole` may give someone in an organisation of `kind`, in the usual order. */
export function rolesAssignableIn(actorRole: Role, kind: OrganisationKind): Role[] {
  const ofKind: readonly Role[] = kind === 'vendor' ? VENDOR_ROLES : PARTNER_ROLES;
  return ofKind.filter((role) => canAssignRole(actorRole, role));
}

/** Only regional managers cover a subset of regions; every other role sees them all. */
export function hasRegions(role: Role | null): boolean {
  return role === 'regional_manager';
}
