import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { recordChange } from '../../platform/audit.ts';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { assertVersion } from '../../platform/http/concurrency.ts';
import { presentTier, type updateTierInput } from './schemas.ts';
import { partnerTiers } from './tables.ts';
import { assertDistinctTier, assertKnownMetrics, findTier, loadTiers } from './tier-store.ts';

/** Changes a tier's name, rank, benefits or rules; partners follow at the next evaluation. */
export async function updatePartnerTier({
  ctx,
  id,
  input,
  expectedVersion,
}: {
  ctx: Ctx;
  id: string;
  input: z.infer<typeof updateTierInput>;
  expectedVersion: number | undefined;
}) {
  const actor = assertActorCan(ctx, 'tiers:manage');
  const rules = input.rules ? assertKnownMetrics(input.rules) : undefined;
  return withTransaction(ctx, async (tx) => {
    const current = await findTier(tx, actor.workspaceId, id, { forUpdate: true });
    assertVersion('partner_tier', current.version, expectedVersion);
    if (input.rank !== undefined)
      assertDistinctTier(await loadTiers(tx, actor.workspaceId), { rank: input.rank }, id);
    const { mdfCap, description, rules: _rules, ...rest } = input;
    const [row] = await tx
      .update(partnerTiers)
      .set({
        ...rest,
        ...(rules ? { rules } : {}),
        ...(description !== undefined ? { description: description || null } : {}),
        ...(mdfCap !== undefined
          ? { mdfCapAmount: mdfCap?.amount ?? null, mdfCapCurrency: mdfCap?.currency ?? null }
          : {}),
        version: current.version + 1,
        updatedAt: new Date(),
      })
      .where(and(eq(partnerTiers.workspaceId, actor.workspaceId), eq(partnerTiers.id, id)))
      .returning();
    const updated = presentTier(row!);
    await recordChange(tx, ctx, {
      action: 'partner_tier.updated',
      entityType: 'partner_tier',
      entityId: id,
      organisationId: null,
      before: presentTier(current),
      after: updated,
    });
    return updated;
  });
}
