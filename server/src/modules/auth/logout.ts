import { eq } from 'drizzle-orm';
import { type Ctx, requireUser, withTransaction } from '../../platform/context.ts';
import { sessions } from './tables.ts';

export async function logout({ ctx }: { ctx: Ctx }): Promise<void> {
  const actor = requireUser(ctx);
  if (!actor.sessionId) return;
  await withTransaction(ctx, (tx) => tx.delete(sessions).where(eq(sessions.id, actor.sessionId!)));
}
