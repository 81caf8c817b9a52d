import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { type DealSettings, loadDealSettings } from './deal-settings.ts';

/** The programme's approval, protection and alert settings; partners read them to know the rules. */
export async function getDealSettings({ ctx }: { ctx: Ctx }) {
  const actor = assertActorCan(ctx, 'deals:read');
  return withTransaction(ctx, async (tx) =>
    presentDealSettings(await loadDealSettings(tx, actor.workspaceId)),
  );
}

export function presentDealSettings(settings: DealSettings) {
  return {
    currency: settings.currency,
    exchangeRates: settings.exchangeRates,
    approvalLevels: settings.approvalLevels,
    autoApproveMaxAmount: settings.autoApproveMaxAmount,
    reminderHoursBeforeDue: settings.reminderHoursBeforeDue,
    protectionDays: settings.protectionDays,
    extensionDays: settings.extensionDays,
    maxExtensions: settings.maxExtensions,
    staleAfterDays: settings.staleAfterDays,
    version: settings.version,
  };
}
