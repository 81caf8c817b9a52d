import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Transaction } from '../../../platform/db/connection.ts';
import { createTaskFromRule } from '../../tasks/index.ts';
import { users } from '../../users/tables.ts';
import { fillPlaceholders } from '../placeholders.ts';
import { defineAutomationAction } from './action-registry.ts';
import { userIdField, validateAudienceUser } from './audience.ts';
import { bodyTemplate, titleTemplate } from './notify-action.ts';

const DAY_MS = 86_400_000;

const parameters = z
  .object({
    assignee: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('user'), userId: userIdField }).strict(),
      z
        .object({ kind: z.literal('partner_admin') })
        .strict()
        .describe("The event organisation's longest-standing active partner admin"),
    ]),
    title: titleTemplate,
    description: bodyTemplate.optional(),
    dueInDays: z
      .number()
      .int()
      .min(0)
      .max(365)
      .optional()
      .describe('Due this many days after the action runs'),
  })
  .strict();

type Params = z.infer<typeof parameters>;

/** A task linked to the event's entity, created in the run's transaction with the rule as creator. */
export const createTaskAction = defineAutomationAction<Params>({
  type: 'create_task',
  description: "Create a task, linked to the event's entity, for a person or the partner's admin",
  parameters,
  runsIn: 'transaction',
  validate: async ({ tx, ctx, params, field }) => {
    if (params.assignee.kind !== 'user') return;
    await validateAudienceUser(tx, {
      workspaceId: ctx.actor.workspaceId,
      audience: { userId: params.assignee.userId },
      field: `${field}.assignee`,
    });
  },
  preview: (params, data) =>
    `Create the task "${fillPlaceholders(params.title, data, { maxLength: 200 })}" for ${
      params.assignee.kind === 'user' ? params.assignee.userId : "the partner's admin"
    }`,
  run: async ({ tx, ctx, params, data, event, rule, now }) => {
    const assigneeId = await resolveAssignee(tx, params.assignee, event);
    const task = await createTaskFromRule(tx, ctx, {
      ruleId: rule.id,
      assigneeId,
      title: fillPlaceholders(params.title, data, { maxLength: 200 }),
      description: params.description ? fillPlaceholders(params.description, data) : null,
      dueAt: params.dueInDays === undefined ? null : new Date(now.getTime() + params.dueInDays * DAY_MS),
      entityType: event.entityType,
      entityId: event.entityId,
    });
    return `Created task ${task.id} for ${assigneeId}.`;
  },
});

async function resolveAssignee(
  tx: Transaction,
  assignee: Params['assignee'],
  event: { workspaceId: string; organisationId: string | null },
): Promise<string> {
  if (assignee.kind === 'user') return assignee.userId;
  const [admin] = event.organisationId
    ? await tx
        .select({ id: users.id })
        .from(users)
        .where(
          and(
            eq(users.workspaceId, event.workspaceId),
            eq(users.organisationId, event.organisationId),
            eq(users.role, 'partner_admin'),
            eq(users.status, 'active'),
          ),
        )
        .orderBy(asc(users.id))
        .limit(1)
    : [];
  if (!admin) throw new Error("The event's organisation has no active partner admin to assign the task to.");
  return admin.id;
}
