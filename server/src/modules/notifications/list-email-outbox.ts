import { and, desc, eq, lt } from 'drizzle-orm';
import type { z } from 'zod';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { decodeCursor, type PageQuery, toPage } from '../../platform/http/pagination.ts';
import { type listOutboxQuery, presentOutboxEmail } from './schemas.ts';
import { emailOutbox } from './tables.ts';

/** What the workspace sent or would send: with no SMTP server configured, this is the inbox. */
export async function listEmailOutbox({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: PageQuery & z.infer<typeof listOutboxQuery>;
}) {
  const actor = assertActorCan(ctx, 'workspace:manage');
  const after = decodeCursor(input.cursor);
  return withTransaction(ctx, async (tx) => {
    const rows = await tx
      .select()
      .from(emailOutbox)
      .where(
        and(
          eq(emailOutbox.workspaceId, actor.workspaceId),
          input.status ? eq(emailOutbox.status, input.status) : undefined,
          input.toAddress ? eq(emailOutbox.toAddress, input.toAddress.toLowerCase()) : undefined,
          after ? lt(emailOutbox.id, after) : undefined,
        ),
      )
      .orderBy(desc(emailOutbox.id))
      .limit(input.limit + 1);
    return toPage(rows, input.limit, presentOutboxEmail);
  });
}
