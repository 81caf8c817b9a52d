import { z } from 'zod';
import { iso, timestamp } from '../../platform/http/schemas.ts';
import type { tasks } from './tables.ts';

export const TASK_STATUSES = ['open', 'done', 'cancelled'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

const userIdField = z.string().regex(/^user_[0-9a-z]{26}$/, 'must be a user id starting with user_');
const titleField = z.string().trim().min(1, 'must not be empty').max(200);
const descriptionField = z.string().trim().max(5000);
const entityTypeField = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,39}$/, 'must be an entity type such as "organisation"')
  .describe('What the task is about, e.g. `organisation`');
const entityIdField = z
  .string()
  .regex(/^[a-z]+_[0-9a-z]{26}$/, 'must be an id such as org_…')
  .describe('The id of the entity the task is about');

export const taskSchema = z
  .object({
    id: z.string(),
    organisationId: z.string().describe("The assignee's organisation"),
    assigneeId: z.string(),
    title: z.string(),
    description: z.string().nullable(),
    dueAt: timestamp.nullable(),
    status: z.enum(TASK_STATUSES),
    entityType: z.string().nullable(),
    entityId: z.string().nullable(),
    createdByType: z
      .enum(['user', 'api_key', 'system', 'rule'])
      .describe('`rule` when an automation rule created it; `createdById` is then the rule'),
    createdById: z.string().nullable(),
    completedAt: timestamp.nullable(),
    version: z.number().int(),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .meta({ id: 'Task' });

export type TaskDto = z.infer<typeof taskSchema>;

export function presentTask(row: typeof tasks.$inferSelect): TaskDto {
  return {
    id: row.id,
    organisationId: row.organisationId,
    assigneeId: row.assigneeId,
    title: row.title,
    description: row.description,
    dueAt: iso(row.dueAt),
    status: row.status,
    entityType: row.entityType,
    entityId: row.entityId,
    createdByType: row.createdByType,
    createdById: row.createdById,
    completedAt: iso(row.completedAt),
    version: row.version,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  };
}

export const createTaskInput = z
  .object({
    assigneeId: userIdField
      .optional()
      .describe('Who does it; yourself when left out. Assigning to someone else needs tasks:assign'),
    title: titleField,
    description: descriptionField.optional(),
    dueAt: timestamp.optional(),
    entityType: entityTypeField.optional(),
    entityId: entityIdField.optional(),
  })
  .strict()
  .refine((input) => (input.entityType === undefined) === (input.entityId === undefined), {
    message: 'send entityType and entityId together',
    path: ['entityId'],
  });

export const updateTaskInput = z
  .object({
    title: titleField,
    description: descriptionField.nullable(),
    dueAt: timestamp.nullable(),
    status: z.enum(TASK_STATUSES).describe('The assignee may change this; other fields need tasks:assign'),
  })
  .partial()
  .strict()
  .refine((input) => Object.keys(input).length > 0, { message: 'send at least one field to change' });

export const listTasksQuery = z.object({
  assigneeId: userIdField
    .optional()
    .describe("Someone else's tasks (needs tasks:assign); your own when left out"),
  status: z.enum(TASK_STATUSES).optional(),
  entityType: entityTypeField.optional(),
  entityId: entityIdField.optional(),
});
