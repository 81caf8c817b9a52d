import { eq } from 'drizzle-orm';
import type { Transaction } from '../../platform/db/connection.ts';
import { type ApprovalLevelPolicy, dealRegistrationSettings } from './tables.ts';

export type DealSettings = Omit<typeof dealRegistrationSettings.$inferSelect, 'workspaceId' | 'updatedAt'>;

/**
 * A programme nobody configured yet: every registration goes to the partner's regional manager
 * within a day, large ones then to a channel manager, and nothing is approved without a person.
 */
export const DEFAULT_APPROVAL_LEVELS: ApprovalLevelPolicy[] = [
  { role: 'regional_manager', minimumAmount: 0, regions: [], slaHours: 24 },
  { role: 'channel_manager', minimumAmount: 250_000, regions: [], slaHours: 48 },
];

export const DEFAULT_DEAL_SETTINGS: DealSettings = {
  currency: 'EUR',
  exchangeRates: {},
  autoApproveMaxAmount: null,
  approvalLevels: DEFAULT_APPROVAL_LEVELS,
  reminderHoursBeforeDue: 4,
  protectionDays: 90,
  extensionDays: 30,
  maxExtensions: 2,
  staleAfterDays: 30,
  rulesOfEngagement: null,
  rulesPublishedAt: null,
  version: 0,
};

export async function loadDealSettings(tx: Transaction, workspaceId: string): Promise<DealSettings> {
  const [row] = await tx
    .select()
    .from(dealRegistrationSettings)
    .where(eq(dealRegistrationSettings.workspaceId, workspaceId));
  return row ?? DEFAULT_DEAL_SETTINGS;
}
