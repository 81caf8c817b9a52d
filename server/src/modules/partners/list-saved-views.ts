import { and, asc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { ownedBy } from './saved-view-owner.ts';
import { type listSavedViewsQuery, presentSavedView } from './schemas.ts';
import { savedViews } from './tables.ts';

/** A person keeps a handful of views, so the list comes whole, alphabetical, unpaged. */
export async function listSavedViews({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: z.infer<typeof listSavedViewsQuery>;
}) {
  const actor = assertActorCan(ctx, 'organisations:read');
  const rows = await withTransaction(ctx, (tx) =>
    tx
      .select()
      .from(savedViews)
      .where(and(ownedBy(actor), eq(savedViews.list, input.list)))
      .orderBy(asc(savedViews.name), asc(savedViews.id))
      .limit(MAX_SAVED_VIEWS),
  );
  return { data: rows.map(presentSavedView) };
}

export const MAX_SAVED_VIEWS = 100;
