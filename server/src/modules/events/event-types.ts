/**
 * Every domain event type Trellis records (the `action` of each `recordChange` call), with the
 * entity it is about. Automation rules may only listen for these, and the rule builder lists them.
 * A module that records a new action adds it here in the same change.
 */
export type EventTypeInfo = { type: string; entityType: string; description: string };

export const EVENT_TYPES = [
  { type: 'workspace.created', entityType: 'workspace', description: 'A workspace was set up' },
  {
    type: 'workspace.branding_updated',
    entityType: 'workspace',
    description: "The workspace's product name, colour or logo changed",
  },
  {
    type: 'organisation.created',
    entityType: 'organisation',
    description: 'A partner organisation was added',
  },
  {
    type: 'organisation.updated',
    entityType: 'organisation',
    description: 'An organisation changed (name, region, status…)',
  },
  {
    type: 'partner_contact.created',
    entityType: 'partner_contact',
    description: 'A contact was added at a partner',
  },
  {
    type: 'partner_contact.updated',
    entityType: 'partner_contact',
    description: 'A partner contact changed (details, or who is primary)',
  },
  {
    type: 'partner_contact.deleted',
    entityType: 'partner_contact',
    description: 'A partner contact was removed',
  },
  { type: 'saved_view.created', entityType: 'saved_view', description: 'Someone saved a view of a list' },
  {
    type: 'saved_view.updated',
    entityType: 'saved_view',
    description: 'A saved view was renamed or changed',
  },
  { type: 'saved_view.deleted', entityType: 'saved_view', description: 'A saved view was deleted' },
  { type: 'user.created', entityType: 'user', description: 'A user was created directly' },
  { type: 'user.updated', entityType: 'user', description: "A user's role, regions or status changed" },
  { type: 'user.profile_updated', entityType: 'user', description: 'A user changed their own profile' },
  { type: 'user.password_changed', entityType: 'user', description: 'A user changed their password' },
  { type: 'user.password_reset', entityType: 'user', description: 'A user reset a forgotten password' },
  { type: 'user.mfa_enabled', entityType: 'user', description: 'A user turned on two-factor sign-in' },
  { type: 'user.mfa_disabled', entityType: 'user', description: 'A user turned off two-factor sign-in' },
  { type: 'user.signed_in', entityType: 'user', description: 'A user signed in' },
  { type: 'user.locked_out', entityType: 'user', description: 'Sign-in was locked after failed attempts' },
  { type: 'invitation.created', entityType: 'invitation', description: 'Someone was invited by e-mail' },
  {
    type: 'invitation.accepted',
    entityType: 'user',
    description: 'An invitation was accepted; the entity is the new user',
  },
  { type: 'invitation.revoked', entityType: 'invitation', description: 'An invitation was revoked' },
  { type: 'api_key.created', entityType: 'api_key', description: 'An API key was created' },
  { type: 'api_key.revoked', entityType: 'api_key', description: 'An API key was revoked' },
  {
    type: 'notification_preferences.updated',
    entityType: 'user',
    description: 'A user changed their notification preferences',
  },
  {
    type: 'webhook_endpoint.created',
    entityType: 'webhook_endpoint',
    description: 'A webhook endpoint was registered',
  },
  {
    type: 'webhook_endpoint.updated',
    entityType: 'webhook_endpoint',
    description: 'A webhook endpoint changed',
  },
  {
    type: 'webhook_endpoint.secret_rotated',
    entityType: 'webhook_endpoint',
    description: "A webhook endpoint's signing secret was rotated",
  },
  {
    type: 'webhook_endpoint.disabled',
    entityType: 'webhook_endpoint',
    description: 'A webhook endpoint was switched off after failing for days',
  },
  {
    type: 'webhook_endpoint.deleted',
    entityType: 'webhook_endpoint',
    description: 'A webhook endpoint was deleted',
  },
  {
    type: 'webhook_delivery.replayed',
    entityType: 'webhook_delivery',
    description: 'A webhook delivery was sent again by hand',
  },
  {
    type: 'chat_integration.created',
    entityType: 'chat_integration',
    description: 'A Slack or Teams integration was added',
  },
  {
    type: 'chat_integration.updated',
    entityType: 'chat_integration',
    description: 'A chat integration changed',
  },
  {
    type: 'chat_integration.disabled',
    entityType: 'chat_integration',
    description: 'A chat integration was switched off because its webhook is gone',
  },
  {
    type: 'chat_integration.deleted',
    entityType: 'chat_integration',
    description: 'A chat integration was deleted',
  },
  { type: 'task.created', entityType: 'task', description: 'A task was created or assigned' },
  { type: 'task.updated', entityType: 'task', description: 'A task changed (title, due date, status…)' },
  { type: 'task.completed', entityType: 'task', description: 'A task was marked done' },
  {
    type: 'automation_rule.created',
    entityType: 'automation_rule',
    description: 'An automation rule was added',
  },
  {
    type: 'automation_rule.updated',
    entityType: 'automation_rule',
    description: 'An automation rule changed',
  },
  {
    type: 'automation_rule.deleted',
    entityType: 'automation_rule',
    description: 'An automation rule was deleted',
  },
  {
    type: 'agreement.template_created',
    entityType: 'agreement_template',
    description: 'A partner agreement was created',
  },
  {
    type: 'agreement.template_updated',
    entityType: 'agreement_template',
    description: 'A partner agreement changed (name, audience, mandatory…)',
  },
  {
    type: 'agreement.template_archived',
    entityType: 'agreement_template',
    description: 'A partner agreement was archived; partners are no longer asked to accept it',
  },
  {
    type: 'agreement.template_deleted',
    entityType: 'agreement_template',
    description: 'A partner agreement that was never published was deleted',
  },
  {
    type: 'agreement.version_created',
    entityType: 'agreement_version',
    description: 'A draft version of a partner agreement was started',
  },
  {
    type: 'agreement.version_updated',
    entityType: 'agreement_version',
    description: 'A draft version of a partner agreement was edited',
  },
  {
    type: 'agreement.version_published',
    entityType: 'agreement_version',
    description: 'A version of a partner agreement was published',
  },
  {
    type: 'agreement.acceptance_requested',
    entityType: 'agreement_version',
    description: 'A partner was asked to accept a newly published agreement version',
  },
  {
    type: 'agreement.accepted',
    entityType: 'agreement_acceptance',
    description: 'A partner accepted an agreement version',
  },
  {
    type: 'ideal_partner_profile.updated',
    entityType: 'ideal_partner_profile',
    description: 'The Ideal Partner Profile (what recruitment looks for) changed',
  },
  {
    type: 'partner_application.submitted',
    entityType: 'partner_application',
    description: 'A company applied to join the partner program through the public form',
  },
  {
    type: 'partner_application.approved',
    entityType: 'partner_application',
    description:
      'A partner application was approved; the event belongs to the new partner organisation, whose admin was invited',
  },
  {
    type: 'partner_application.rejected',
    entityType: 'partner_application',
    description: 'A partner application was rejected and the applicant told why',
  },
  {
    type: 'compliance_requirement.created',
    entityType: 'compliance_requirement',
    description: 'A compliance requirement was added to the catalogue',
  },
  {
    type: 'compliance_requirement.updated',
    entityType: 'compliance_requirement',
    description: 'A compliance requirement changed (audience, mandatory, validity…)',
  },
  {
    type: 'compliance_requirement.deleted',
    entityType: 'compliance_requirement',
    description: 'A compliance requirement nobody had submitted against was deleted',
  },
  {
    type: 'compliance_document.submitted',
    entityType: 'compliance_document',
    description: 'A partner submitted a compliance document for review',
  },
  {
    type: 'compliance_document.approved',
    entityType: 'compliance_document',
    description: "A partner's compliance document was approved",
  },
  {
    type: 'compliance_document.rejected',
    entityType: 'compliance_document',
    description: "A partner's compliance document was rejected, with a reason",
  },
  {
    type: 'compliance_document.expiring',
    entityType: 'compliance_document',
    description: "A partner's approved compliance document expires soon",
  },
  {
    type: 'compliance_document.expired',
    entityType: 'compliance_document',
    description: "A partner's approved compliance document expired",
  },
  {
    type: 'sanctions_list.uploaded',
    entityType: 'sanctions_list_upload',
    description: 'A new sanctions list replaced the previous one',
  },
  {
    type: 'sanctions_hit.recorded',
    entityType: 'sanctions_hit',
    description: 'Screening found a partner name that resembles a sanctions list entry',
  },
  {
    type: 'sanctions_hit.cleared',
    entityType: 'sanctions_hit',
    description: 'A sanctions match was cleared as a false positive',
  },
  {
    type: 'sanctions_hit.confirmed',
    entityType: 'sanctions_hit',
    description: 'A sanctions match was confirmed; the partner is non-compliant',
  },
  {
    type: 'organisation.offboarded',
    entityType: 'organisation',
    description: 'A partner was offboarded: its people lost access, its data is kept',
  },
  {
    type: 'organisation.reactivated',
    entityType: 'organisation',
    description: 'An offboarded partner was reactivated; its people may sign in again',
  },
  {
    type: 'organisation.tier_changed',
    entityType: 'organisation',
    description: "A partner's tier changed (evaluation, by hand, or after the grace period)",
  },
  {
    type: 'organisation.tier_downgrade_scheduled',
    entityType: 'organisation',
    description: 'A partner no longer qualifies for its tier; the downgrade waits for the grace period',
  },
  {
    type: 'organisation.tier_downgrade_cancelled',
    entityType: 'organisation',
    description: "A partner's pending downgrade was cancelled (it qualifies again, or set by hand)",
  },
  {
    type: 'organisation.tier_lock_changed',
    entityType: 'organisation',
    description: "A partner's tier was locked against evaluation, or unlocked",
  },
  { type: 'partner_tier.created', entityType: 'partner_tier', description: 'A partner tier was added' },
  {
    type: 'partner_tier.updated',
    entityType: 'partner_tier',
    description: "A partner tier's benefits, rank or rules changed",
  },
  { type: 'partner_tier.deleted', entityType: 'partner_tier', description: 'A partner tier was deleted' },
  {
    type: 'partner_tier_settings.updated',
    entityType: 'workspace',
    description: 'The downgrade grace period changed',
  },
  {
    type: 'onboarding.journey_created',
    entityType: 'onboarding_journey',
    description: 'An onboarding journey was created',
  },
  {
    type: 'onboarding.journey_updated',
    entityType: 'onboarding_journey',
    description: 'An onboarding journey changed (steps, audience) or was archived',
  },
  {
    type: 'onboarding.started',
    entityType: 'onboarding_enrolment',
    description: 'A partner started an onboarding journey',
  },
  {
    type: 'onboarding.step_completed',
    entityType: 'onboarding_step',
    description: 'A partner completed a step of its onboarding journey',
  },
  {
    type: 'onboarding.completed',
    entityType: 'onboarding_enrolment',
    description: 'A partner completed every step of its onboarding journey',
  },
  {
    type: 'onboarding.milestone_reached',
    entityType: 'onboarding_enrolment',
    description: 'Day 30, 60 or 90 of an onboarding journey that is not complete yet',
  },
  {
    type: 'organisation.merged',
    entityType: 'organisation',
    description: 'A row of a partner import was merged into an existing partner',
  },
  {
    type: 'partner_import.uploaded',
    entityType: 'partner_import',
    description: 'A file of partners was uploaded',
  },
  {
    type: 'partner_import.mapped',
    entityType: 'partner_import',
    description: "An import's columns were mapped to profile fields; its rows are being checked",
  },
  {
    type: 'partner_import.validated',
    entityType: 'partner_import',
    description: "An import's rows were checked; problems and duplicates await review",
  },
  {
    type: 'partner_import.decisions_applied',
    entityType: 'partner_import',
    description: "Someone decided on an import's duplicates and started importing",
  },
  {
    type: 'partner_import.partners_created',
    entityType: 'partner_import',
    description: 'An import created a batch of partners (listed with their rows)',
  },
  {
    type: 'partner_import.awaiting_decisions',
    entityType: 'partner_import',
    description: 'An import finished its decided rows; proposed duplicates still await a decision',
  },
  {
    type: 'partner_import.completed',
    entityType: 'partner_import',
    description: 'A partner import finished',
  },
  {
    type: 'partner_import.failed',
    entityType: 'partner_import',
    description: 'A partner import stopped with an error',
  },
  {
    type: 'deal_registration.created',
    entityType: 'deal_registration',
    description: 'A partner registered a deal; it was checked for conflicts and routed',
  },
  {
    type: 'deal_registration.approved',
    entityType: 'deal_registration',
    description:
      'A deal registration was approved (by a person or by the auto-approval rule) and is protected',
  },
  {
    type: 'deal_registration.rejected',
    entityType: 'deal_registration',
    description: 'A deal registration was rejected, with the reason',
  },
  {
    type: 'customer_account.created',
    entityType: 'customer_account',
    description: 'A customer account was added to the CRM data deal registrations are checked against',
  },
  {
    type: 'customer_account.updated',
    entityType: 'customer_account',
    description: 'A customer account changed (name, domains, owner, direct-only…)',
  },
  {
    type: 'customer_account.direct_only_changed',
    entityType: 'customer_account',
    description: 'A customer account was reserved for direct sales, or released to partners',
  },
  {
    type: 'customer_account.deleted',
    entityType: 'customer_account',
    description: 'A customer account without opportunities was deleted',
  },
  {
    type: 'customer_accounts.imported',
    entityType: 'customer_account',
    description: 'A file of customer accounts was imported (counts of created and updated)',
  },
  {
    type: 'customer_opportunity.created',
    entityType: 'customer_opportunity',
    description: 'An opportunity was added to a customer account',
  },
  {
    type: 'customer_opportunity.updated',
    entityType: 'customer_opportunity',
    description: 'An opportunity of a customer account changed (stage, amount, open or closed)',
  },
  {
    type: 'customer_opportunity.deleted',
    entityType: 'customer_opportunity',
    description: 'An opportunity of a customer account was deleted',
  },
  {
    type: 'rules_of_engagement.published',
    entityType: 'rules_of_engagement',
    description: 'New rules of engagement were published to partners',
  },
  {
    type: 'rules_of_engagement.announced',
    entityType: 'rules_of_engagement',
    description:
      'A partner was told of newly published rules of engagement (one per partner, for its admins)',
  },
  {
    type: 'deal_registration.level_approved',
    entityType: 'deal_registration',
    description: 'An approval level approved a deal registration; it moved to the next level',
  },
  {
    type: 'deal_registration.more_info_requested',
    entityType: 'deal_registration',
    description: 'An approver asked the partner for more information on a deal registration',
  },
  {
    type: 'deal_registration.info_provided',
    entityType: 'deal_registration',
    description: 'The partner answered an approver’s question; the registration is back in the queue',
  },
  {
    type: 'deal_registration.withdrawn',
    entityType: 'deal_registration',
    description: 'The partner withdrew a deal registration',
  },
  {
    type: 'deal_registration.approval_reminder',
    entityType: 'deal_registration',
    description: 'A deal registration’s approval is due soon',
  },
  {
    type: 'deal_registration.approval_escalated',
    entityType: 'deal_registration',
    description: 'A deal registration’s approval ran past its SLA',
  },
  {
    type: 'deal_registration.extension_requested',
    entityType: 'deal_registration',
    description: 'The partner asked to extend a registration’s protection',
  },
  {
    type: 'deal_registration.extended',
    entityType: 'deal_registration',
    description: 'A registration’s protection was extended',
  },
  {
    type: 'deal_registration.extension_rejected',
    entityType: 'deal_registration',
    description: 'A request to extend a registration’s protection was refused',
  },
  {
    type: 'deal_registration.expired',
    entityType: 'deal_registration',
    description: 'A registration’s protection ended without the deal closing; the customer is free again',
  },
  {
    type: 'deal_registration.protection_ending',
    entityType: 'deal_registration',
    description: 'An approved registration’s protection ends soon and the deal is still open',
  },
  {
    type: 'deal_registration.stale',
    entityType: 'deal_registration',
    description: 'An approved registration saw no activity for the programme’s stale period',
  },
  {
    type: 'deal_registration_settings.updated',
    entityType: 'deal_registration_settings',
    description: 'The deal registration programme’s approval, protection or alert settings changed',
  },
  {
    type: 'deal_dispute.opened',
    entityType: 'deal_dispute',
    description: 'A partner or vendor rep disputed a registration’s decision or conflict',
  },
  {
    type: 'deal_dispute.commented',
    entityType: 'deal_dispute',
    description: 'Evidence or a comment was added to a deal dispute',
  },
  {
    type: 'deal_dispute.decided',
    entityType: 'deal_dispute',
    description: 'A deal dispute was upheld or dismissed, with the rationale',
  },
  {
    type: 'deal_registration.returned_to_approval',
    entityType: 'deal_registration',
    description: 'An upheld dispute sent a registration back to its first approval level',
  },
  {
    type: 'deal_registration.first_in_changed',
    entityType: 'deal_registration',
    description: 'A dispute decision made a registration first-in, or took first-in from it',
  },
  {
    type: 'deal_registration.stage_changed',
    entityType: 'deal_registration',
    description: 'A deal moved to another pipeline stage',
  },
  {
    type: 'deal_registration.won',
    entityType: 'deal_registration',
    description: 'A registered deal was won',
  },
  {
    type: 'deal_registration.lost',
    entityType: 'deal_registration',
    description: 'A registered deal was lost, with the reason',
  },
  {
    type: 'deal_registration.partners_updated',
    entityType: 'deal_registration',
    description: 'The partners sharing a deal, or their credit split, changed',
  },
] as const satisfies readonly EventTypeInfo[];

export type EventType = (typeof EVENT_TYPES)[number]['type'];

export function eventTypeInfo(type: string): EventTypeInfo | undefined {
  return EVENT_TYPES.find((info) => info.type === type);
}
