import type { DealSettings } from './deal-settings.ts';
import type { ApprovalLevelPolicy, ConflictOutcome } from './tables.ts';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

type Amount = { amount: number; currency: string };
export type ProgrammeCurrency = Pick<DealSettings, 'currency' | 'exchangeRates'>;

/**
 * The registration's amount in the programme's currency, which every threshold is in; null when
 * the channel team has given no rate for its currency.
 */
export function amountInProgrammeCurrency(settings: ProgrammeCurrency, registration: Amount): number | null {
  if (registration.currency === settings.currency) return registration.amount;
  const rate = settings.exchangeRates[registration.currency];
  return rate ? registration.amount / rate : null;
}

/**
 * The approval levels a registration of this amount and region must pass, in order. An amount in a
 * currency without a rate cannot be weighed, so it passes every level of its region.
 */
export function approvalLevelsFor(
  settings: Pick<DealSettings, 'approvalLevels'> & ProgrammeCurrency,
  registration: Amount & { region: string | null },
): ApprovalLevelPolicy[] {
  const amount = amountInProgrammeCurrency(settings, registration) ?? Number.POSITIVE_INFINITY;
  return settings.approvalLevels.filter(
    (level) =>
      amount >= level.minimumAmount &&
      (level.regions.length === 0 ||
        (registration.region !== null && level.regions.includes(registration.region))),
  );
}

/**
 * Only a clear registration under the threshold skips people; a possible conflict always gets a
 * look, and so does an amount in a currency without a rate.
 */
export function isAutoApproved(
  settings: Pick<DealSettings, 'autoApproveMaxAmount'> & ProgrammeCurrency,
  registration: Amount & { conflictOutcome: ConflictOutcome },
): boolean {
  const amount = amountInProgrammeCurrency(settings, registration);
  return (
    settings.autoApproveMaxAmount !== null &&
    registration.conflictOutcome === 'clear' &&
    amount !== null &&
    amount <= settings.autoApproveMaxAmount
  );
}

export function approvalDueAt(level: ApprovalLevelPolicy, from: Date): Date {
  return new Date(from.getTime() + level.slaHours * HOUR);
}

export function protectionEndsAt(settings: Pick<DealSettings, 'protectionDays'>, approvedAt: Date): Date {
  return new Date(approvedAt.getTime() + settings.protectionDays * DAY);
}

/** When no configured level applies, a channel manager still looks within a day. */
const FALLBACK_LEVEL: ApprovalLevelPolicy = {
  role: 'channel_manager',
  minimumAmount: 0,
  regions: [],
  slaHours: 24,
};

/** The level a registration waits on first: the first that applies, else the fallback. */
export function firstApprovalLevel(
  settings: Pick<DealSettings, 'approvalLevels'> & ProgrammeCurrency,
  registration: Amount & { region: string | null },
): ApprovalLevelPolicy {
  return approvalLevelsFor(settings, registration)[0] ?? FALLBACK_LEVEL;
}
