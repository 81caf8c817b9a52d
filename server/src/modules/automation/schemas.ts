import { z } from 'zod';
import { iso, nameField, timestamp } from '../../platform/http/schemas.ts';
import { MAX_ACTIONS, type StoredAction } from './parse-actions.ts';
import type { automationRuleRuns, automationRules } from './tables.ts';

export const RUN_STATUSES = ['scheduled', 'succeeded', 'skipped', 'failed'] as const;

const eventTypeField = z
  .string()
  .max(100)
  .regex(/^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/, 'must be an event type such as "organisation.updated"');

/**
 * Free-form JSON nested deeper than this is refused at the door: later serialisation (an
 * Idempotency-Key's fingerprint, the audit trail) recurses, and a hostile body would overflow it.
 */
function isWithinDepth(value: unknown, limit: number): boolean {
  const pending: [unknown, number][] = [[value, 0]];
  while (pending.length > 0) {
    const [node, depth] = pending.pop()!;
    if (depth > limit) return false;
    if (typeof node === 'object' && node !== null) {
      for (const inner of Object.values(node)) pending.push([inner, depth + 1]);
    }
  }
  return true;
}

const boundedJson = <T extends z.ZodType>(schema: T, limit: number) =>
  schema.refine((value) => isWithinDepth(value, limit), {
    message: `must not nest deeper than ${limit} levels`,
  });

const conditionField = boundedJson(z.unknown(), 32).describe(
  'A JSON Logic expression (jsonlogic.com) over `{ event: { type, entityType, entityId, organisationId, actor: { type, id }, occurredAt }, before, after }`, e.g. `{"==": [{"var": "after.status"}, "inactive"]}`; true, false, or null for always',
);

const actionField = boundedJson(
  z.looseObject({ type: z.string().max(50).describe('An action type from GET /automation/catalogue') }),
  8,
).describe(
  "`{ type, delaySeconds?, recheckCondition?, ...parameters }`; each type's parameters are in GET /automation/catalogue",
);

const descriptionField = z.string().trim().max(1000);

export const automationRuleSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string().nullable(),
    eventType: z.string(),
    condition: z.unknown().describe('JSON Logic; null means always'),
    actions: z.array(actionField),
    isEnabled: z.boolean(),
    createdBy: z.string().nullable(),
    version: z.number().int(),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .meta({ id: 'AutomationRule' });

export type AutomationRuleDto = z.infer<typeof automationRuleSchema>;

export function presentAutomationRule(row: typeof automationRules.$inferSelect): AutomationRuleDto {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    eventType: row.eventType,
    condition: row.condition ?? null,
    actions: row.actions as StoredAction[],
    isEnabled: row.isEnabled,
    createdBy: row.createdBy,
    version: row.version,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  };
}

export const createAutomationRuleInput = z
  .object({
    name: nameField,
    description: descriptionField.optional(),
    eventType: eventTypeField.describe('When this event happens; see GET /automation/catalogue'),
    condition: conditionField.optional(),
    actions: z.array(actionField).min(1).max(MAX_ACTIONS).describe('Done in order, each at its own delay'),
    isEnabled: z.boolean().default(true),
  })
  .strict();

export const updateAutomationRuleInput = z
  .object({
    name: nameField,
    description: descriptionField.nullable(),
    eventType: eventTypeField,
    condition: conditionField,
    actions: z.array(actionField).min(1).max(MAX_ACTIONS),
    isEnabled: z.boolean().describe('Switching a rule off also skips its actions still waiting to run'),
  })
  .partial()
  .strict()
  .refine((input) => Object.keys(input).length > 0, { message: 'send at least one field to change' });

export const automationRuleRunSchema = z
  .object({
    id: z.string(),
    ruleId: z.string(),
    eventId: z.string(),
    actionIndex: z.number().int(),
    actionType: z.string(),
    status: z.enum(RUN_STATUSES),
    scheduledFor: timestamp.nullable(),
    executedAt: timestamp.nullable(),
    message: z.string().nullable(),
    createdAt: timestamp,
  })
  .meta({ id: 'AutomationRuleRun' });

export function presentAutomationRuleRun(row: typeof automationRuleRuns.$inferSelect) {
  return {
    id: row.id,
    ruleId: row.ruleId,
    eventId: row.eventId,
    actionIndex: row.actionIndex,
    actionType: row.actionType,
    status: row.status,
    scheduledFor: iso(row.scheduledFor),
    executedAt: iso(row.executedAt),
    message: row.message,
    createdAt: iso(row.createdAt),
  };
}

export const listRunsQuery = z.object({ status: z.enum(RUN_STATUSES).optional() });

const sampleEventField = z
  .object({
    id: z.string().max(100),
    type: z.string().max(100),
    entityType: z.string().max(100),
    entityId: z.string().max(100),
    organisationId: z.string().max(100).nullable(),
    actor: z.object({ type: z.string().max(20), id: z.string().max(100).nullable() }).strict(),
    occurredAt: z.string().max(100),
  })
  .partial()
  .strict()
  .describe("Fields left out are filled in: the rule's event type, the current time");

export const testAutomationRuleInput = z
  .object({
    event: sampleEventField.optional(),
    before: boundedJson(z.unknown(), 64)
      .optional()
      .describe('The entity before the change, as its events show it'),
    after: boundedJson(z.unknown(), 64).optional().describe('The entity after the change'),
  })
  .strict();

export const automationRuleTestResultSchema = z
  .object({
    matches: z.boolean().describe('Whether the condition holds for the sample'),
    actions: z
      .array(
        z.object({
          index: z.number().int(),
          type: z.string(),
          delaySeconds: z.number().int(),
          recheckCondition: z.boolean(),
          preview: z.string().describe('What it would do, with placeholders filled from the sample'),
        }),
      )
      .describe('The actions that would run; empty when the condition does not hold'),
  })
  .meta({ id: 'AutomationRuleTestResult' });

export const automationCatalogueSchema = z
  .object({
    actionTiming: z
      .record(z.string(), z.unknown())
      .describe('JSON Schema of `delaySeconds` and `recheckCondition`, which every action may carry'),
    eventTypes: z.array(
      z.object({
        type: z.string(),
        entityType: z.string(),
        description: z.string(),
        canRecheck: z.boolean().describe('Whether delayed actions may recheck the condition for this event'),
      }),
    ),
    actions: z.array(
      z.object({
        type: z.string(),
        description: z.string(),
        runsIn: z.enum(['transaction', 'background']),
        parameters: z.record(z.string(), z.unknown()).describe('JSON Schema of the parameters'),
      }),
    ),
  })
  .meta({ id: 'AutomationCatalogue' });
