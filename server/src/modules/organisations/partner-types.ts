/** The kinds of partner a program works with; a partner may be several at once. */
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

export type PartnerType = (typeof PARTNER_TYPES)[number];
