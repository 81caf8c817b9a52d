import { assertActorCan, type Ctx } from '../../platform/context.ts';
import { EVENT_TYPES } from '../events/event-types.ts';
import { isSentAsWebhook } from './webhook-recipients.ts';

/**
 * The event types an endpoint may subscribe to, for the form that registers one. The automation
 * catalogue lists them too, but partner admins manage webhooks without managing automation.
 */
export function listWebhookEventTypes({ ctx }: { ctx: Ctx }) {
  assertActorCan(ctx, 'webhooks:manage');
  return {
    data: EVENT_TYPES.filter(isSentAsWebhook).map(({ type, entityType, description }) => ({
      type,
      entityType,
      description,
    })),
  };
}
