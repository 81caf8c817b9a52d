import type { PartnerType } from '../organisations/partner-types.ts';

type Audience = { partnerTypes: readonly PartnerType[]; tiers: readonly string[] };
type Partner = { partnerTypes: readonly PartnerType[]; tier: string | null };

/** A journey fits a partner when any of its types is listed (or none is) and its tier is (or none is). */
export function journeyFits(journey: Audience, partner: Partner): boolean {
  const isTypeCovered =
    journey.partnerTypes.length === 0 ||
    partner.partnerTypes.some((type) => journey.partnerTypes.includes(type));
  const isTierCovered =
    journey.tiers.length === 0 || (partner.tier !== null && journey.tiers.includes(partner.tier));
  return isTypeCovered && isTierCovered;
}

/**
 * The journey a partner starts: of those that fit, the most specific (one naming types and tiers
 * beats one naming only types, which beats a catch-all), and of equals the newest (ids sort by time).
 */
export function pickJourney<Journey extends Audience & { id: string }>(
  journeys: readonly Journey[],
  partner: Partner,
): Journey | null {
  const specificity = (journey: Journey) =>
    (journey.partnerTypes.length > 0 ? 1 : 0) + (journey.tiers.length > 0 ? 1 : 0);
  const fitting = journeys.filter((journey) => journeyFits(journey, partner));
  fitting.sort((a, b) => specificity(b) - specificity(a) || (a.id < b.id ? 1 : -1));
  return fitting[0] ?? null;
}
