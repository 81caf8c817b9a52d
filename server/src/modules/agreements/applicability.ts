import type { PartnerType } from '../organisations/partner-types.ts';

type Audience = { regions: readonly string[]; partnerTypes: readonly PartnerType[] };
type Partner = { region: string | null; partnerTypes: readonly PartnerType[] };

/**
 * An agreement applies to a partner when its region is listed (or no region is) and any of its
 * partner types is listed (or no type is). A partner without a region or type only meets
 * agreements that name none.
 */
export function appliesTo(template: Audience, partner: Partner): boolean {
  const isRegionCovered =
    template.regions.length === 0 || (partner.region !== null && template.regions.includes(partner.region));
  const isTypeCovered =
    template.partnerTypes.length === 0 ||
    partner.partnerTypes.some((type) => template.partnerTypes.includes(type));
  return isRegionCovered && isTypeCovered;
}
