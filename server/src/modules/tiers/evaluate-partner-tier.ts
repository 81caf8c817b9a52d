import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { DomainError } from '../../platform/errors.ts';
import { evaluatePartnerTiers } from './evaluate-partner-tiers.ts';
import { findPartner, loadPartnerTierStatus } from './get-partner-tier-status.ts';

/** "Evaluate now" for one partner: the same rules as the nightly run, answered with its new status. */
export async function evaluatePartnerTier({ ctx, id, now }: { ctx: Ctx; id: string; now: Date }) {
  const actor = assertActorCan(ctx, 'tiers:manage');
  return withTransaction(ctx, async (tx) => {
    const partner = await findPartner(tx, actor.workspaceId, id);
    if (partner.status !== 'active') {
      throw new DomainError(
        'conflict',
        'partner_offboarded',
        'Offboarded partners keep their tier as it was.',
      );
    }
    await evaluatePartnerTiers(tx, ctx, { organisationIds: [id], now });
    return loadPartnerTierStatus(tx, actor.workspaceId, id, now);
  });
}
