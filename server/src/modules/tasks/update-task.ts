import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { recordChange } from '../../platform/audit.ts';
import { type Ctx, requireUser, withTransaction } from '../../platform/context.ts';
import { DomainError } from '../../platform/errors.ts';
import { assertVersion } from '../../platform/http/concurrency.ts';
import { can } from '../../platform/permissions.ts';
import { findVisibleTask } from './get-task.ts';
import { presentTask, type updateTaskInput } from './schemas.ts';
import { tasks } from './tables.ts';

const ASSIGNER_FIELDS = ['title', 'description', 'dueAt'] as const;

/**
 * The assignee moves a task along (status); tasks:assign holders may also reword and reschedule
 * it. Marking it done is recorded as `task.completed`, so rules and people can react to that alone.
 */
export async function updateTask({
  ctx,
  id,
  input,
  expectedVersion,
  now,
}: {
  ctx: Ctx;
  id: string;
  input: z.infer<typeof updateTaskInput>;
  expectedVersion: number | undefined;
  now: Date;
}) {
  const actor = requireUser(ctx);
  return withTransaction(ctx, async (tx) => {
    const current = await findVisibleTask(tx, actor, id, { forUpdate: true });
    assertVersion('task', current.version, expectedVersion);
    const assignerOnly = ASSIGNER_FIELDS.filter((field) => input[field] !== undefined);
    if (assignerOnly.length > 0 && !can(actor, 'tasks:assign')) {
      throw new DomainError(
        'forbidden',
        'forbidden',
        'As the assignee you may change the status; changing anything else needs tasks:assign.',
        assignerOnly.map((field) => ({ field: `body.${field}`, message: 'needs tasks:assign' })),
      );
    }
    const status = input.status ?? current.status;
    const isCompleting = status === 'done' && current.status !== 'done';
    const [row] = await tx
      .update(tasks)
      .set({
        ...(input.title !== undefined ? { title: input.title } : {}),
        ...(input.description !== undefined ? { description: input.description || null } : {}),
        ...(input.dueAt !== undefined ? { dueAt: input.dueAt ? new Date(input.dueAt) : null } : {}),
        status,
        completedAt: status === 'done' ? (current.completedAt ?? now) : null,
        version: current.version + 1,
        updatedAt: now,
      })
      .where(and(eq(tasks.workspaceId, actor.workspaceId), eq(tasks.id, id)))
      .returning();
    const after = presentTask(row!);
    await recordChange(tx, ctx, {
      action: isCompleting ? 'task.completed' : 'task.updated',
      entityType: 'task',
      entityId: id,
      organisationId: current.organisationId,
      before: presentTask(current),
      after,
    });
    return after;
  });
}
