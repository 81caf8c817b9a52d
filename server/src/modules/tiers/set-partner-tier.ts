import type { z } from 'zod';
import { recordChange } from '../../platform/audit.ts';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { findPartner, loadPartnerTierStatus } from './get-partner-tier-status.ts';
import { computePartnerMetrics } from './partner-metrics.ts';
import { recordTierChange } from './record-tier-change.ts';
import type { setTierInput } from './schemas.ts';
import { assertTierKeyExists, loadTierStates, loadTiers, saveTierState } from './tier-store.ts';

/**
 * The vendor sets a partner's tier by hand, saying why. Locked, evaluation leaves it alone until
 * unlocked; unlocked, the next evaluation may move it again. Any pending downgrade is dropped.
 */
export async function setPartnerTier({
  ctx,
  id,
  input,
  now,
}: {
  ctx: Ctx;
  id: string;
  input: z.infer<typeof setTierInput>;
  now: Date;
}) {
  const actor = assertActorCan(ctx, 'tiers:manage');
  return withTransaction(ctx, async (tx) => {
    const partner = await findPartner(tx, actor.workspaceId, id, { forUpdate: true });
    if (input.tier !== null) await assertTierKeyExists(tx, actor.workspaceId, input.tier, 'body.tier');
    const state = (await loadTierStates(tx, actor.workspaceId, [id], { forUpdate: true })).get(id);
    const wasPending = Boolean(state?.downgradeEffectiveAt);
    await saveTierState(tx, {
      organisationId: id,
      workspaceId: actor.workspaceId,
      isLocked: input.isLocked,
      pendingTierKey: null,
      downgradeEffectiveAt: null,
      lastEvaluatedAt: state?.lastEvaluatedAt ?? null,
      updatedAt: now,
    });
    if (input.tier !== partner.tier) {
      const metrics = (
        await computePartnerMetrics(tx, { workspaceId: actor.workspaceId, organisationIds: [id], now })
      ).get(id)!;
      const tiers = await loadTiers(tx, actor.workspaceId);
      await recordTierChange(tx, ctx, {
        organisation: partner,
        fromTierKey: partner.tier,
        toTierKey: input.tier,
        toTierName: tiers.find((tier) => tier.key === input.tier)?.name ?? null,
        reason: 'manual',
        note: input.reason,
        metrics,
        at: now,
      });
    } else if (wasPending || input.isLocked !== (state?.isLocked ?? false)) {
      // Same tier, but the lock or a dropped downgrade changed how the partner will be treated.
      await recordChange(tx, ctx, {
        action: wasPending ? 'organisation.tier_downgrade_cancelled' : 'organisation.tier_lock_changed',
        entityType: 'organisation',
        entityId: id,
        organisationId: id,
        before: { tier: partner.tier, isLocked: state?.isLocked ?? false },
        after: {
          tier: partner.tier,
          isLocked: input.isLocked,
          organisationName: partner.name,
          note: input.reason,
        },
      });
    }
    return loadPartnerTierStatus(tx, actor.workspaceId, id, now);
  });
}
