import { and, count, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { recordChange } from '../../platform/audit.ts';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { DomainError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { MAX_SAVED_VIEWS } from './list-saved-views.ts';
import { ownedBy } from './saved-view-owner.ts';
import { type createSavedViewInput, presentSavedView } from './schemas.ts';
import { savedViews } from './tables.ts';

export async function createSavedView({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: z.infer<typeof createSavedViewInput>;
}) {
  const actor = assertActorCan(ctx, 'organisations:read');
  return withTransaction(ctx, async (tx) => {
    const [existing] = await tx
      .select({ total: count() })
      .from(savedViews)
      .where(and(ownedBy(actor), eq(savedViews.list, input.list)));
    if ((existing?.total ?? 0) >= MAX_SAVED_VIEWS) {
      throw new DomainError(
        'conflict',
        'too_many_saved_views',
        `Keep at most ${MAX_SAVED_VIEWS} views per list.`,
      );
    }
    const [row] = await tx
      .insert(savedViews)
      .values({
        id: newId('savedView'),
        workspaceId: actor.workspaceId,
        organisationId: actor.organisationId,
        userId: actor.userId,
        list: input.list,
        name: input.name,
        filters: input.filters,
      })
      .returning();
    const created = presentSavedView(row!);
    await recordChange(tx, ctx, {
      action: 'saved_view.created',
      entityType: 'saved_view',
      entityId: created.id,
      organisationId: actor.organisationId,
      after: created,
    });
    return created;
  });
}
