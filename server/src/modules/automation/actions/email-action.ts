import { z } from 'zod';
import { queueEmail } from '../../notifications/queue-email.ts';
import { workspaceBranding } from '../../workspaces/branding.ts';
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
import { bodyTemplate, titleTemplate } from './notify-action.ts';

const parameters = z
  .object({ ...audienceParameters, subject: titleTemplate, body: bodyTemplate })
  .strict()
  .refine(hasAudience, { message: NO_AUDIENCE });

/**
 * An e-mail (the 'notification' template, in each person's language) queued in the run's
 * transaction; the outbox sends it, so it goes out once even if the job is retried.
 */
export const emailAction = defineAutomationAction<z.infer<typeof parameters>>({
  type: 'email',
  description: 'E-mail people in given roles, or one person',
  parameters,
  runsIn: 'transaction',
  validate: ({ tx, ctx, params, field }) =>
    validateAudienceUser(tx, { workspaceId: ctx.actor.workspaceId, audience: params, field }),
  preview: (params, data) =>
    `E-mail ${describeAudience(params)}: "${fillPlaceholders(params.subject, data, { maxLength: 200 })}"`,
  run: async ({ tx, params, data, event, deps }) => {
    const recipients = await findAudience(tx, event, params);
    if (recipients.length === 0) return 'Nobody is in the audience; no e-mail was queued.';
    const title = fillPlaceholders(params.subject, data, { maxLength: 200 });
    const body = fillPlaceholders(params.body, data);
    const branding = await workspaceBranding(tx, event.workspaceId, deps.config.PUBLIC_URL);
    for (const person of recipients) {
      await queueEmail(tx, {
        branding,
        workspaceId: event.workspaceId,
        organisationId: person.organisationId,
        userId: person.id,
        eventId: event.id,
        to: person.email,
        template: 'notification',
        locale: person.locale,
        vars: { title, body },
      });
    }
    return `Queued ${recipients.length} e-mail${recipients.length === 1 ? '' : 's'}.`;
  },
});
