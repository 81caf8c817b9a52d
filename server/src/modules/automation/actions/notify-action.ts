import { z } from 'zod';
import { newId } from '../../../platform/ids.ts';
import { notifications } from '../../notifications/tables.ts';
import { fillPlaceholders } from '../placeholders.ts';
import { defineAutomationAction } from './action-registry.ts';
import {
  audienceParameters,
  describeAudience,
  findAudience,
  hasAudience,
  NO_AUDIENCE,
  validateAudienceUser,
} from './audience.ts';

export const titleTemplate = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(200)
  .describe('Text with {{after.name}}-style placeholders from the event');
export const bodyTemplate = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(2000)
  .describe(titleTemplate.description!);

const parameters = z
  .object({ ...audienceParameters, title: titleTemplate, body: bodyTemplate })
  .strict()
  .refine(hasAudience, { message: NO_AUDIENCE });

/** An in-app notice for each person in the audience, in the run's transaction. */
export const notifyAction = defineAutomationAction<z.infer<typeof parameters>>({
  type: 'notify',
  description: 'Put a notice in the notification centre of people in given roles, or of one person',
  parameters,
  runsIn: 'transaction',
  validate: ({ tx, ctx, params, field }) =>
    validateAudienceUser(tx, { workspaceId: ctx.actor.workspaceId, audience: params, field }),
  preview: (params, data) =>
    `Notify ${describeAudience(params)}: "${fillPlaceholders(params.title, data, { maxLength: 200 })}"`,
  run: async ({ tx, params, data, event }) => {
    const recipients = await findAudience(tx, event, params);
    if (recipients.length === 0) return 'Nobody is in the audience; no notice was sent.';
    const title = fillPlaceholders(params.title, data, { maxLength: 200 });
    const body = fillPlaceholders(params.body, data);
    await tx.insert(notifications).values(
      recipients.map((person) => ({
        id: newId('notification'),
        workspaceId: event.workspaceId,
        organisationId: person.organisationId,
        userId: person.id,
        eventId: event.id,
        type: event.type,
        title,
        body,
      })),
    );
    return `Notified ${recipients.length} ${recipients.length === 1 ? 'person' : 'people'}.`;
  },
});
