import { and, desc, eq, lt } from 'drizzle-orm';
import type { z } from 'zod';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { decodeCursor, type PageQuery, toPage } from '../../platform/http/pagination.ts';
import { type listUsersQuery, presentUser } from './schemas.ts';
import { users } from './tables.ts';

export async function listUsers({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: PageQuery & z.infer<typeof listUsersQuery>;
}) {
  const actor = assertActorCan(ctx, 'users:read');
  const after = decodeCursor(input.cursor);
  return withTransaction(ctx, async (tx) => {
    const rows = await tx
      .select()
      .from(users)
      .where(
        and(
          eq(users.workspaceId, actor.workspaceId),
          input.organisationId ? eq(users.organisationId, input.organisationId) : undefined,
          input.role ? eq(users.role, input.role) : undefined,
          input.status ? eq(users.status, input.status) : undefined,
          after ? lt(users.id, after) : undefined,
        ),
      )
      .orderBy(desc(users.id))
      .limit(input.limit + 1);
    return toPage(rows, input.limit, presentUser);
  });
}
