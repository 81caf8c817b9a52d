import { and, eq } from 'drizzle-orm';
import type { UserActor } from '../../platform/context.ts';
import type { Transaction } from '../../platform/db/connection.ts';
import { notFound } from '../../platform/errors.ts';
import { savedViews } from './tables.ts';

/** A saved view is its owner's alone: anyone else's looks absent. */
export const ownedBy = (actor: UserActor) =>
  and(eq(savedViews.workspaceId, actor.workspaceId), eq(savedViews.userId, actor.userId));

export async function findOwnSavedView(tx: Transaction, actor: UserActor, id: string) {
  const [row] = await tx
    .select()
    .from(savedViews)
    .where(and(ownedBy(actor), eq(savedViews.id, id)))
    .for('update');
  if (!row) throw notFound('saved view');
  return row;
}
