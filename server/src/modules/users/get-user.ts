import { and, eq } from 'drizzle-orm';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import type { Transaction } from '../../platform/db/connection.ts';
import { notFound } from '../../platform/errors.ts';
import { presentUser } from './schemas.ts';
import { users } from './tables.ts';

export async function findUser(tx: Transaction, workspaceId: string, id: string) {
  const [row] = await tx
    .select()
    .from(users)
    .where(and(eq(users.workspaceId, workspaceId), eq(users.id, id)));
  if (!row) throw notFound('user');
  return row;
}

export async function getUser({ ctx, id }: { ctx: Ctx; id: string }) {
  const actor = assertActorCan(ctx, 'users:read');
  return withTransaction(ctx, async (tx) => presentUser(await findUser(tx, actor.workspaceId, id)));
}
