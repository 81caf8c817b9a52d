import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { recordChange } from '../../platform/audit.ts';
import { type Ctx, requireUser, type UserActor, withTransaction } from '../../platform/context.ts';
import type { Transaction } from '../../platform/db/connection.ts';
import { DomainError, invalid } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { can } from '../../platform/permissions.ts';
import { users } from '../users/tables.ts';
import { type createTaskInput, presentTask, type TaskDto } from './schemas.ts';
import { tasks } from './tables.ts';

type NewTask = {
  assigneeId: string;
  title: string;
  description?: string | null;
  dueAt?: Date | null;
  entityType?: string | null;
  entityId?: string | null;
};

/**
 * Anyone may give themselves a task; giving one to someone else needs tasks:assign, and the
 * assignee must be an active user the caller can see (row-level security keeps a partner admin
 * within its own organisation and a regional manager within its regions).
 */
export async function createTask({ ctx, input }: { ctx: Ctx; input: z.infer<typeof createTaskInput> }) {
  const actor = requireUser(ctx);
  const assigneeId = input.assigneeId ?? actor.userId;
  const isForSomeoneElse = assigneeId !== actor.userId;
  if (isForSomeoneElse && !can(actor, 'tasks:assign')) {
    throw new DomainError('forbidden', 'forbidden', 'Your role does not allow tasks:assign.', [
      { field: 'body.assigneeId', message: 'you may only create tasks for yourself' },
    ]);
  }
  return withTransaction(ctx, async (tx) => {
    const assignee = await findAssignee(tx, actor.workspaceId, assigneeId);
    if (!assignee) throw invalid('body.assigneeId', 'is not an active user you can assign tasks to');
    assertAssignable(actor, assignee);
    return insertTask(tx, ctx, {
      task: { ...input, assigneeId, dueAt: input.dueAt ? new Date(input.dueAt) : null },
      organisationId: assignee.organisationId,
      createdBy: { type: actor.apiKeyId ? 'api_key' : 'user', id: actor.apiKeyId ?? actor.userId },
    });
  });
}

/**
 * The rules engine's way in: no permission check (the rule's author had automation:manage), the
 * rule is recorded as creator, and `ctx` must be the rule's system actor so the resulting
 * `task.created` event names the rule and does not trigger rules again.
 */
export async function createTaskFromRule(
  tx: Transaction,
  ctx: Ctx,
  { ruleId, ...task }: NewTask & { ruleId: string },
): Promise<TaskDto> {
  const assignee = await findAssignee(tx, ctx.actor.workspaceId, task.assigneeId);
  if (!assignee) throw invalid('assigneeId', 'The assignee is no longer an active user.');
  return insertTask(tx, ctx, {
    task,
    organisationId: assignee.organisationId,
    createdBy: { type: 'rule', id: ruleId },
  });
}

async function findAssignee(tx: Transaction, workspaceId: string, userId: string) {
  const [row] = await tx
    .select({ id: users.id, organisationId: users.organisationId, status: users.status })
    .from(users)
    .where(and(eq(users.workspaceId, workspaceId), eq(users.id, userId)));
  return row && row.status === 'active' ? row : null;
}

/** Row-level security already hides other organisations from partners; say so in words too. */
function assertAssignable(actor: UserActor, assignee: { organisationId: string }): void {
  if (actor.organisationKind === 'partner' && assignee.organisationId !== actor.organisationId) {
    throw invalid('body.assigneeId', 'is not an active user you can assign tasks to');
  }
}

async function insertTask(
  tx: Transaction,
  ctx: Ctx,
  {
    task,
    organisationId,
    createdBy,
  }: {
    task: NewTask;
    organisationId: string;
    createdBy: { type: 'user' | 'api_key' | 'system' | 'rule'; id: string | null };
  },
): Promise<TaskDto> {
  const [row] = await tx
    .insert(tasks)
    .values({
      id: newId('task'),
      workspaceId: ctx.actor.workspaceId,
      organisationId,
      assigneeId: task.assigneeId,
      title: task.title,
      description: task.description || null,
      dueAt: task.dueAt ?? null,
      entityType: task.entityType ?? null,
      entityId: task.entityId ?? null,
      createdByType: createdBy.type,
      createdById: createdBy.id,
    })
    .returning();
  const created = presentTask(row!);
  await recordChange(tx, ctx, {
    action: 'task.created',
    entityType: 'task',
    entityId: created.id,
    organisationId,
    after: created,
  });
  return created;
}
