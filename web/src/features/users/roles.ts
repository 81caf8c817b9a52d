import type { Me, Role } from '../auth/me-query.ts';

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

/** Whether the signed-in person may give `role` (the API tells, in /me). */
export function canAssignRole(me: Me, role: Role): boolean {
  return me.assignableRoles.includes(role);
}

/** What the signed-in person may give someone in an organisation of `kind`, in the usual order. */
export function rolesAssignableIn(me: Me, kind: OrganisationKind): Role[] {
  const ofKind: readonly Role[] = kind === 'vendor' ? VENDOR_ROLES : PARTNER_ROLES;
  return ofKind.filter((role) => canAssignRole(me, role));
}

/** Only regional managers cover a subset of regions; every other role sees them all. */
export function hasRegions(role: Role | null): boolean {
  return role === 'regional_manager';
}
