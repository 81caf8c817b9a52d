import { DomainError } from '../../platform/errors.ts';
import { assignableRoles, isPartnerRole, isVendorRole, type Role } from '../../platform/permissions.ts';

/** Vendor roles live in the vendor organisation, partner roles in partner organisations. */
export function assertRoleFitsOrganisation(role: Role, organisationKind: 'vendor' | 'partner'): void {
  const fits = organisationKind === 'vendor' ? isVendorRole(role) : isPartnerRole(role);
  if (!fits) {
    throw new DomainError(
      'validation',
      'role_does_not_fit_organisation',
      `A ${organisationKind} organisation's users cannot have the role ${role}.`,
      [{ field: 'body.role', message: `is not a ${organisationKind} role` }],
    );
  }
}

export function assertCanAssignRole(actorRole: Role, role: Role): void {
  if (!assignableRoles(actorRole).includes(role)) {
    throw new DomainError(
      'forbidden',
      'role_not_assignable',
      `Your role cannot give others the role ${role}.`,
      [{ field: 'body.role', message: 'is above what you may assign' }],
    );
  }
}

/** Regions narrow only regional managers; anyone else sees every region. */
export function regionsFor(role: Role, regions: string[] | null | undefined): string[] | null {
  if (role !== 'regional_manager') {
    if (regions?.length) {
      throw new DomainError(
        'validation',
        'regions_only_for_regional_managers',
        'Only regional managers have regions.',
        [{ field: 'body.regions', message: 'applies only to the regional_manager role' }],
      );
    }
    return null;
  }
  if (!regions?.length) {
    throw new DomainError('validation', 'regions_required', 'A regional manager needs at least one region.', [
      { field: 'body.regions', message: 'must list at least one region' },
    ]);
  }
  return [...new Set(regions)];
}
