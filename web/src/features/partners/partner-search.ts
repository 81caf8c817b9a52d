/** The partner types the API knows, in the order the filters and forms list them. */
export const PARTNER_TYPES = [
  'reseller',
  'system_integrator',
  'referral',
  'isv',
  'msp',
  'distributor',
  'influencer',
  'consultant',
] as const;

export const LIFECYCLE_STAGES = ['onboarding', 'active'] as const;
export const PARTNER_STATUSES = ['active', 'inactive'] as const;

type PartnerType = (typeof PARTNER_TYPES)[number];
type LifecycleStage = (typeof LIFECYCLE_STAGES)[number];
type PartnerStatus = (typeof PARTNER_STATUSES)[number];

/** The directory's filters, kept in the address so a filtered list survives a reload or a link. */
export type PartnerSearch = {
  q?: string;
  partnerType?: PartnerType;
  tier?: string;
  region?: string;
  country?: string;
  industry?: string;
  lifecycleStage?: LifecycleStage;
  partnerManagerId?: string;
  status?: PartnerStatus;
};

const TIER = /^[a-z][a-z0-9_-]{0,31}$/;
const REGION = /^[a-z][a-z0-9-]{1,31}$/;
const COUNTRY = /^[A-Z]{2}$/;
const USER_ID = /^user_[0-9a-z]{26}$/;

function matching(value: unknown, pattern: RegExp): string | undefined {
  return typeof value === 'string' && pattern.test(value) ? value : undefined;
}

function oneOf<T extends string>(value: unknown, choices: readonly T[]): T | undefined {
  return choices.find((choice) => choice === value);
}

function text(value: unknown, maxLength: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed !== '' && trimmed.length <= maxLength ? trimmed : undefined;
}

/** Anything the API would refuse is dropped rather than sent, so an old link still opens. */
export function parsePartnerSearch(search: Record<string, unknown>): PartnerSearch {
  const parsed: PartnerSearch = {
    q: text(search.q, 100),
    partnerType: oneOf(search.partnerType, PARTNER_TYPES),
    tier: matching(search.tier, TIER),
    region: matching(search.region, REGION),
    country: matching(search.country, COUNTRY),
    industry: text(search.industry, 60),
    lifecycleStage: oneOf(search.lifecycleStage, LIFECYCLE_STAGES),
    partnerManagerId: matching(search.partnerManagerId, USER_ID),
    status: oneOf(search.status, PARTNER_STATUSES),
  };
  return Object.fromEntries(Object.entries(parsed).filter(([, value]) => value !== undefined));
}

export const isRegionCode = (value: string) => REGION.test(value);
export const isCountryCode = (value: string) => COUNTRY.test(value);
