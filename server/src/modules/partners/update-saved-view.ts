import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { recordChange } from '../../platform/audit.ts';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { findOwnSavedView, ownedBy } from './saved-view-owner.ts';
import { presentSavedView, type updateSavedViewInput } from './schemas.ts';
import { savedViews } from './tables.ts';

export async function updateSavedView({
  ctx,
  id,
  input,
}: {
  ctx: Ctx;
  id: string;
  input: z.infer<typeof updateSavedViewInput>;
}) {
  const actor = assertActorCan(ctx, 'organisations:read');
  return withTransaction(ctx, async (tx) => {
    const current = await findOwnSavedView(tx, actor, id);
    const [row] = await tx
      .update(savedViews)
      .set({ ...input, updatedAt: new Date() })
      .where(and(ownedBy(actor), eq(savedViews.id, id)))
      .returning();
    const after = presentSavedView(row!);
    await recordChange(tx, ctx, {
      action: 'saved_view.updated',
      entityType: 'saved_view',
      entityId: id,
      organisationId: current.organisationId,
      before: presentSavedView(current),
      after,
    });
    return after;
  });
}
