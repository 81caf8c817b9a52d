import { z } from 'zod';
import { assertActorCan, type Ctx } from '../../platform/context.ts';
import { EVENT_TYPES } from '../events/event-types.ts';
import { AUTOMATION_ACTIONS } from './actions/index.ts';
import { canRecheck } from './entity-loaders.ts';
import { actionTimingSchema } from './parse-actions.ts';

const jsonSchemaOf = (schema: z.ZodType) =>
  z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;

/** What a rule builder offers: the events rules can listen for and the actions they can take. */
export function getAutomationCatalogue({ ctx }: { ctx: Ctx }) {
  assertActorCan(ctx, 'automation:manage');
  return {
    actionTiming: jsonSchemaOf(actionTimingSchema),
    eventTypes: EVENT_TYPES.map((info) => ({ ...info, canRecheck: canRecheck(info.entityType) })),
    actions: AUTOMATION_ACTIONS.map((action) => ({
      type: action.type,
      description: action.description,
      runsIn: action.runsIn,
      parameters: jsonSchemaOf(action.parameters),
    })),
  };
}
