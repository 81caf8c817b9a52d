import type { DealSettings } from './deal-settings.ts';
import type { ApprovalLevelPolicy, ConflictOutcome } from './tables.ts';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** The approval levels a registration of this amount and region must pass, in order. */
export function approvalLevelsFor(
  settings: Pick<DealSettings, 'approvalLevels'>,
  registration: { amount: number; region: string | null },
): ApprovalLevelPolicy[] {
  return settings.approvalLevels.filter(
    (level) =>
      registration.amount >= level.minimumAmount &&
      (level.regions.length === 0 ||
        (registration.region !== null && level.regions.includes(registration.region))),
  );
}

/** Only a clear registration under the threshold skips people; a possible conflict always gets a look. */
export function isAutoApproved(
  settings: Pick<DealSettings, 'autoApproveMaxAmount'>,
  registration: { amount: number; conflictOutcome: ConflictOutcome },
): boolean {
  return (
    settings.autoApproveMaxAmount !== null &&
    registration.conflictOutcome === 'clear' &&
    registration.amount <= settings.autoApproveMaxAmount
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
  settings: Pick<DealSettings, 'approvalLevels'>,
  registration: { amount: number; region: string | null },
): ApprovalLevelPolicy {
  return approvalLevelsFor(settings, registration)[0] ?? FALLBACK_LEVEL;
}
