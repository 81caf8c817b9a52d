import { and, eq } from 'drizzle-orm';
import { recordChange } from '../../platform/audit.ts';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { findOwnSavedView, ownedBy } from './saved-view-owner.ts';
import { presentSavedView } from './schemas.ts';
import { savedViews } from './tables.ts';

export async function deleteSavedView({ ctx, id }: { ctx: Ctx; id: string }) {
  const actor = assertActorCan(ctx, 'organisations:read');
  await withTransaction(ctx, async (tx) => {
    const current = await findOwnSavedView(tx, actor, id);
    await tx.delete(savedViews).where(and(ownedBy(actor), eq(savedViews.id, id)));
    await recordChange(tx, ctx, {
      action: 'saved_view.deleted',
      entityType: 'saved_view',
      entityId: id,
      organisationId: current.organisationId,
      before: presentSavedView(current),
    });
  });
}
