import { and, eq } from 'drizzle-orm';
import { type Ctx, requireUser, type UserActor, withTransaction } from '../../platform/context.ts';
import type { Transaction } from '../../platform/db/connection.ts';
import { notFound } from '../../platform/errors.ts';
import { can } from '../../platform/permissions.ts';
import { presentTask } from './schemas.ts';
import { tasks } from './tables.ts';

/**
 * A task the caller may see: their own, or any that row-level security shows a tasks:assign
 * holder. Everyone else's look absent. Updates pass `forUpdate` so the version they check holds.
 */
export async function findVisibleTask(
  tx: Transaction,
  actor: UserActor,
  id: string,
  { forUpdate = false } = {},
) {
  const query = tx
    .select()
    .from(tasks)
    .where(and(eq(tasks.workspaceId, actor.workspaceId), eq(tasks.id, id)));
  const [row] = forUpdate ? await query.for('update') : await query;
  if (!row || !(row.assigneeId === actor.userId || can(actor, 'tasks:assign'))) throw notFound('task');
  return row;
}

export async function getTask({ ctx, id }: { ctx: Ctx; id: string }) {
  const actor = requireUser(ctx);
  return withTransaction(ctx, async (tx) => presentTask(await findVisibleTask(tx, actor, id)));
}
