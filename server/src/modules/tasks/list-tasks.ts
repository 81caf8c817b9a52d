import { and, desc, eq, lt } from 'drizzle-orm';
import type { z } from 'zod';
import { type Ctx, requireUser, withTransaction } from '../../platform/context.ts';
import { DomainError } from '../../platform/errors.ts';
import { decodeCursor, type PageQuery, toPage } from '../../platform/http/pagination.ts';
import { can } from '../../platform/permissions.ts';
import { type listTasksQuery, presentTask } from './schemas.ts';
import { tasks } from './tables.ts';

type Input = PageQuery & z.infer<typeof listTasksQuery>;

/** The caller's own tasks by default; tasks:assign holders may ask for anyone they can see. */
export async function listTasks({ ctx, input }: { ctx: Ctx; input: Input }) {
  const actor = requireUser(ctx);
  const assigneeId = input.assigneeId ?? actor.userId;
  if (assigneeId !== actor.userId && !can(actor, 'tasks:assign')) {
    throw new DomainError('forbidden', 'forbidden', "Seeing other people's tasks needs tasks:assign.", [
      { field: 'query.assigneeId', message: 'you may only list your own tasks' },
    ]);
  }
  const after = decodeCursor(input.cursor);
  return withTransaction(ctx, async (tx) => {
    const rows = await tx
      .select()
      .from(tasks)
      .where(
        and(
          eq(tasks.workspaceId, actor.workspaceId),
          eq(tasks.assigneeId, assigneeId),
          input.status ? eq(tasks.status, input.status) : undefined,
          input.entityType ? eq(tasks.entityType, input.entityType) : undefined,
          input.entityId ? eq(tasks.entityId, input.entityId) : undefined,
          after ? lt(tasks.id, after) : undefined,
        ),
      )
      .orderBy(desc(tasks.id))
      .limit(input.limit + 1);
    return toPage(rows, input.limit, presentTask);
  });
}
