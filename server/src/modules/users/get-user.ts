import { and, eq } from 'drizzle-orm';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import type { Transaction } from '../../platform/db/connection.ts';
import { oneOrNotFound } from '../../platform/db/one-or-not-found.ts';
import { presentUser } from './schemas.ts';
import { users } from './tables.ts';

/** Updates pass `forUpdate` so the version they check cannot change before they write. */
export async function findUser(tx: Transaction, workspaceId: string, id: string, { forUpdate = false } = {}) {
  const query = tx
    .select()
    .from(users)
    .where(and(eq(users.workspaceId, workspaceId), eq(users.id, id)));
  return oneOrNotFound(query, 'user', { forUpdate });
}

export async function getUser({ ctx, id }: { ctx: Ctx; id: string }) {
  const actor = assertActorCan(ctx, 'users:read');
  return withTransaction(ctx, async (tx) => presentUser(await findUser(tx, actor.workspaceId, id)));
}
