import type { organisations } from '../organisations/tables.ts';

type Organisation = typeof organisations.$inferSelect;

/**
 * What "a complete company profile" means for the complete_profile step: the fields a channel
 * manager needs to work with a partner (legal entity, where it is, what kind of partner).
 */
export const REQUIRED_PROFILE_FIELDS = [
  'legalName',
  'websiteDomain',
  'country',
  'region',
  'city',
  'partnerTypes',
] as const satisfies readonly (keyof Organisation)[];

export function missingProfileFields(organisation: Organisation): string[] {
  return REQUIRED_PROFILE_FIELDS.filter((field) => {
    const value = organisation[field];
    return Array.isArray(value) ? value.length === 0 : value === null || value === '';
  });
}

export function isProfileComplete(organisation: Organisation): boolean {
  return missingProfileFields(organisation).length === 0;
}
