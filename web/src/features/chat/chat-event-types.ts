import type { ChatEventType } from './chat-queries.ts';

// Only events with a notification text can be posted to a channel; the API lists them in its
// schema. Keyed by type so the build fails when the API adds or drops one.
const CHAT_EVENT_TYPE_SET = {
  'organisation.created': true,
  'invitation.accepted': true,
  'api_key.created': true,
  'webhook_endpoint.disabled': true,
  'chat_integration.disabled': true,
  'agreement.acceptance_requested': true,
  'agreement.accepted': true,
  'partner_application.submitted': true,
  'compliance_document.submitted': true,
  'compliance_document.approved': true,
  'compliance_document.rejected': true,
  'compliance_document.expiring': true,
  'compliance_document.expired': true,
  'sanctions_hit.recorded': true,
  'organisation.offboarded': true,
  'organisation.reactivated': true,
  'organisation.tier_changed': true,
  'organisation.tier_downgrade_scheduled': true,
  'organisation.tier_downgrade_cancelled': true,
  'onboarding.started': true,
  'onboarding.milestone_reached': true,
  'onboarding.completed': true,
  'deal_dispute.opened': true,
  'deal_dispute.commented': true,
  'deal_dispute.decided': true,
  'deal_registration.returned_to_approval': true,
  'deal_registration.first_in_changed': true,
  'deal_registration.won': true,
  'deal_registration.lost': true,
  'deal_registration.partners_updated': true,
} as const satisfies Record<ChatEventType, true>;

export const CHAT_EVENT_TYPES = Object.keys(CHAT_EVENT_TYPE_SET) as ChatEventType[];
