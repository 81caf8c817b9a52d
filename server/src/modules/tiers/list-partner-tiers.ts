import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { presentTier } from './schemas.ts';
import { findTier, loadTiers } from './tier-store.ts';

/** The programme's tiers, best first. Partners may read them: what each tier gives is no secret. */
export async function listPartnerTiers({ ctx }: { ctx: Ctx }) {
  const actor = assertActorCan(ctx, 'organisations:read');
  return withTransaction(ctx, async (tx) => ({
    data: (await loadTiers(tx, actor.workspaceId)).reverse().map(presentTier),
    // A programme has at most MAX_TIERS tiers: one page always holds them all.
    nextCursor: null,
  }));
}

export async function getPartnerTier({ ctx, id }: { ctx: Ctx; id: string }) {
  const actor = assertActorCan(ctx, 'organisations:read');
  return withTransaction(ctx, async (tx) => presentTier(await findTier(tx, actor.workspaceId, id)));
}
