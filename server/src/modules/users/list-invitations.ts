import { and, desc, eq, lt } from 'drizzle-orm';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { decodeCursor, type PageQuery, toPage } from '../../platform/http/pagination.ts';
import { presentInvitation } from './schemas.ts';
import { invitations } from './tables.ts';

export async function listInvitations({ ctx, input, now }: { ctx: Ctx; input: PageQuery; now: Date }) {
  const actor = assertActorCan(ctx, 'invitations:manage');
  const after = decodeCursor(input.cursor);
  return withTransaction(ctx, async (tx) => {
    const rows = await tx
      .select()
      .from(invitations)
      .where(
        and(eq(invitations.workspaceId, actor.workspaceId), after ? lt(invitations.id, after) : undefined),
      )
      .orderBy(desc(invitations.id))
      .limit(input.limit + 1);
    return toPage(rows, input.limit, (row) => presentInvitation(row, now));
  });
}
