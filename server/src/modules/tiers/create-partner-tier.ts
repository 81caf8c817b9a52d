import type { z } from 'zod';
import { recordChange } from '../../platform/audit.ts';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { DomainError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { type createTierInput, MAX_TIERS, presentTier } from './schemas.ts';
import { partnerTiers } from './tables.ts';
import { assertDistinctTier, assertKnownMetrics, loadTiers } from './tier-store.ts';

export async function createPartnerTier({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: z.infer<typeof createTierInput>;
}) {
  const actor = assertActorCan(ctx, 'tiers:manage');
  const rules = assertKnownMetrics(input.rules);
  return withTransaction(ctx, async (tx) => {
    const existing = await loadTiers(tx, actor.workspaceId);
    if (existing.length >= MAX_TIERS) {
      throw new DomainError('conflict', 'too_many_tiers', `A programme has at most ${MAX_TIERS} tiers.`);
    }
    assertDistinctTier(existing, input);
    const [row] = await tx
      .insert(partnerTiers)
      .values({
        id: newId('partnerTier'),
        workspaceId: actor.workspaceId,
        key: input.key,
        name: input.name,
        rank: input.rank,
        description: input.description || null,
        colour: input.colour ?? null,
        discountPercent: input.discountPercent,
        commissionPercent: input.commissionPercent,
        isMdfEligible: input.isMdfEligible,
        mdfCapAmount: input.mdfCap?.amount ?? null,
        mdfCapCurrency: input.mdfCap?.currency ?? null,
        rules,
      })
      .returning();
    const created = presentTier(row!);
    await recordChange(tx, ctx, {
      action: 'partner_tier.created',
      entityType: 'partner_tier',
      entityId: created.id,
      organisationId: null,
      after: created,
    });
    return created;
  });
}
