import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { invalid } from '../../../platform/errors.ts';
import { postChatMessage } from '../../chat/index.ts';
import { chatIntegrations } from '../../chat/tables.ts';
import { fillPlaceholders } from '../placeholders.ts';
import { ActionSkipped, defineAutomationAction } from './action-registry.ts';
import { bodyTemplate, titleTemplate } from './notify-action.ts';

const parameters = z
  .object({
    integrationId: z
      .string()
      .regex(/^chat_[0-9a-z]{26}$/, 'must be a chat integration id starting with chat_')
      .describe("One of the vendor's Slack or Teams integrations"),
    title: titleTemplate.optional().describe("The message's heading; the rule's name when left out"),
    text: bodyTemplate,
  })
  .strict();

/** One message to one of the vendor's own Slack or Teams channels. */
export const chatAction = defineAutomationAction<z.infer<typeof parameters>>({
  type: 'chat',
  description: 'Post a message to a Slack or Microsoft Teams integration (one attempt)',
  parameters,
  runsIn: 'background',
  // The vendor's rules post only to the vendor's channels, never to a partner's.
  validate: async ({ tx, ctx, params, field }) => {
    const owner = ctx.actor.type === 'user' ? ctx.actor.organisationId : null;
    const [integration] = await tx
      .select({ organisationId: chatIntegrations.organisationId })
      .from(chatIntegrations)
      .where(
        and(
          eq(chatIntegrations.workspaceId, ctx.actor.workspaceId),
          eq(chatIntegrations.id, params.integrationId),
        ),
      );
    if (!integration || integration.organisationId !== owner) {
      throw invalid(`${field}.integrationId`, "is not one of your organisation's chat integrations");
    }
  },
  preview: (params, data) =>
    `Post to ${params.integrationId}: "${fillPlaceholders(params.text, data, { maxLength: 200 })}"`,
  run: async ({ params, data, rule, event, deps }) => {
    const outcome = await postChatMessage({
      db: deps.db,
      secret: deps.secret,
      config: deps.config,
      workspaceId: event.workspaceId,
      integrationId: params.integrationId,
      title: params.title ? fillPlaceholders(params.title, data, { maxLength: 200 }) : rule.name,
      body: fillPlaceholders(params.text, data, { maxLength: 2000 }),
    });
    // A disabled or deleted integration is a decision someone made, not a failure of this run.
    if (outcome.outcome === 'skipped')
      throw new ActionSkipped(outcome.error ?? 'The integration is unavailable.');
    if (outcome.outcome === 'failed') throw new Error(outcome.error ?? 'The chat message was not delivered.');
    return `Posted to ${params.integrationId}.`;
  },
});
