import { and, eq, or } from 'drizzle-orm';
import { recordChange } from '../../platform/audit.ts';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { DomainError } from '../../platform/errors.ts';
import { assertVersion } from '../../platform/http/concurrency.ts';
import { organisations } from '../organisations/tables.ts';
import { presentTier } from './schemas.ts';
import { partnerTierStates, partnerTiers } from './tables.ts';
import { findTier } from './tier-store.ts';

/** Deletes a tier no partner holds or is heading for; partners keep pointing at existing tiers. */
export async function deletePartnerTier({
  ctx,
  id,
  expectedVersion,
}: {
  ctx: Ctx;
  id: string;
  expectedVersion: number | undefined;
}) {
  const actor = assertActorCan(ctx, 'tiers:manage');
  await withTransaction(ctx, async (tx) => {
    const current = await findTier(tx, actor.workspaceId, id, { forUpdate: true });
    assertVersion('partner_tier', current.version, expectedVersion);
    const [holder] = await tx
      .select({ name: organisations.name })
      .from(organisations)
      .leftJoin(partnerTierStates, eq(partnerTierStates.organisationId, organisations.id))
      .where(
        and(
          eq(organisations.workspaceId, actor.workspaceId),
          or(eq(organisations.tier, current.key), eq(partnerTierStates.pendingTierKey, current.key)),
        ),
      )
      .limit(1);
    if (holder) {
      throw new DomainError(
        'conflict',
        'tier_in_use',
        `${holder.name} holds this tier or is being moved to it; move its partners to another tier first.`,
      );
    }
    await tx
      .delete(partnerTiers)
      .where(and(eq(partnerTiers.workspaceId, actor.workspaceId), eq(partnerTiers.id, id)));
    await recordChange(tx, ctx, {
      action: 'partner_tier.deleted',
      entityType: 'partner_tier',
      entityId: id,
      organisationId: null,
      before: presentTier(current),
    });
  });
}
