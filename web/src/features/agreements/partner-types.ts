import type { PartnerType } from './agreement-queries.ts';

/** Every partner type the API knows, in the order the form offers them. */
export const PARTNER_TYPES: readonly PartnerType[] = [
  'reseller',
  'system_integrator',
  'referral',
  'isv',
  'msp',
  'distributor',
  'influencer',
  'consultant',
];
