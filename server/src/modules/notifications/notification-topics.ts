import type { Transaction } from '../../platform/db/connection.ts';
import type { Role } from '../../platform/permissions.ts';
import {
  DEAL_APPROVAL_TOPICS,
  DEAL_REGISTRANT,
  DISPUTE_RAISER,
  dealLink,
} from '../deals/deal-notification-topics.ts';
import type { DomainEvent } from '../events/event-subscriber.ts';
import type { EmailTemplateVars, RenderEmailInput } from './email/email-templates.ts';

export const CHANNELS = ['in_app', 'email'] as const;
export type Channel = (typeof CHANNELS)[number];

/** `link` is a page of the web app (its router's paths), also the e-mail's button. */
type Message = { title: string; body: string; link: string | null };

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** A dedicated e-mail template, written in each reader's language, instead of the generic notice. */
export type TopicEmail = DistributiveOmit<RenderEmailInput, 'branding' | 'locale'>;

/**
 * An event people hear about. Vendor roles are people of the vendor; partner roles are people of
 * the organisation the event belongs to (never another partner's).
 */
export type NotificationTopic = {
  eventType: string;
  label: string;
  vendorRoles: readonly Role[];
  partnerRoles: readonly Role[];
  defaultChannels: readonly Channel[];
  /** Also the partner's own manager at the vendor (`partnerManagerId`), whatever their role. */
  notifiesPartnerManager?: boolean;
  /**
   * Also the one person of the partner the event is about (the rep who registered the deal), when
   * they hold one of these roles: they hear of their own record, their colleagues do not.
   */
  partnerPerson?: PartnerPerson;
  /** `side`: whether the reader is vendor staff or one of the partner's people (links differ). */
  message: (event: DomainEvent, side: 'vendor' | 'partner') => Message;
  /** `link` is the message's link made absolute; without this the e-mail is the generic notice. */
  email?: (event: DomainEvent, link: string) => TopicEmail;
};

export type PartnerPerson = {
  roles: readonly Role[];
  /** Their user id, read when the event is fanned out; null when nobody is (an API key registered). */
  of: (tx: Transaction, event: DomainEvent) => Promise<string | null>;
};

type Snapshot = Record<string, unknown> | null;
const after = (event: DomainEvent) => (event.data as { after: Snapshot }).after ?? {};
const text = (value: unknown, fallback: string) => (typeof value === 'string' && value ? value : fallback);

const PARTNER_MANAGERS: Role[] = ['owner', 'admin', 'channel_manager', 'regional_manager'];
const COMPLIANCE_REVIEWERS: Role[] = ['owner', 'admin', 'channel_manager'];
const COMPLIANCE_PARTNER_ROLES: Role[] = ['partner_admin'];

const complianceEmail =
  (kind: EmailTemplateVars['compliance.document']['event']) =>
  (event: DomainEvent, link: string): TopicEmail => ({
    template: 'compliance.document',
    vars: {
      event: kind,
      organisationName: text(after(event).organisationName, ''),
      requirementName: text(after(event).requirementName, ''),
      reason: text(after(event).rejectionReason, '') || null,
      expiresOn: text(after(event).expiresOn, '') || null,
      actionUrl: link,
    },
  });
const tierPage = (event: DomainEvent, side: 'vendor' | 'partner') =>
  side === 'vendor' ? `/console/partners/${event.entityId}` : '/portal/tier';
const disputePage = (event: DomainEvent, side: 'vendor' | 'partner') =>
  `${side === 'vendor' ? '/console' : '/portal'}/deal-disputes/${event.entityId}`;
/** Who looks after partners day to day: channel and regional (for their regions) managers. */
const PARTNER_TEAM: Role[] = ['channel_manager', 'regional_manager'];

export const NOTIFICATION_TOPICS: readonly NotificationTopic[] = [
  {
    eventType: 'organisation.created',
    label: 'A partner organisation was added',
    vendorRoles: PARTNER_MANAGERS,
    partnerRoles: [],
    defaultChannels: ['in_app', 'email'],
    message: (event) => ({
      title: `New partner: ${text(after(event).name, 'unnamed')}`,
      body: `${text(after(event).name, 'A partner')} was added to the partner directory.`,
      link: `/console/partners/${event.entityId}`,
    }),
  },
  {
    eventType: 'invitation.accepted',
    label: 'Someone accepted an invitation',
    vendorRoles: ['owner', 'admin'],
    partnerRoles: ['partner_admin'],
    defaultChannels: ['in_app'],
    message: (event) => ({
      title: `${text(after(event).name, 'A new user')} joined`,
      body: `${text(after(event).email, 'Someone')} accepted the invitation and can now sign in.`,
      link: '/users',
    }),
  },
  {
    eventType: 'api_key.created',
    label: 'An API key was created',
    vendorRoles: ['owner', 'admin'],
    partnerRoles: ['partner_admin'],
    defaultChannels: ['in_app', 'email'],
    message: (event) => ({
      title: `API key created: ${text(after(event).name, 'unnamed')}`,
      body: 'A new API key can now act for your organisation. Revoke it if you do not recognise it.',
      link: '/api-keys',
    }),
  },
  {
    eventType: 'webhook_endpoint.disabled',
    label: 'A webhook endpoint was switched off after failing',
    vendorRoles: ['owner', 'admin'],
    partnerRoles: ['partner_admin'],
    defaultChannels: ['in_app', 'email'],
    message: (event) => ({
      title: 'A webhook endpoint was switched off',
      body: `Deliveries to ${text(after(event).url, 'an endpoint')} kept failing, so it was disabled. Fix the receiver and enable it again.`,
      link: `/webhooks/${event.entityId}`,
    }),
  },
  {
    eventType: 'chat_integration.disabled',
    label: 'A Slack or Teams integration was switched off after failing',
    vendorRoles: ['owner', 'admin'],
    partnerRoles: [],
    defaultChannels: ['in_app', 'email'],
    message: (event) => ({
      title: `${text(after(event).name, 'A chat integration')} was switched off`,
      body: `Slack or Teams refused our messages (${text(after(event).lastError, 'the channel is gone')}), so the integration was disabled. Check the channel and enable it again.`,
      link: '/console/chat',
    }),
  },
  {
    eventType: 'agreement.acceptance_requested',
    label: 'A partner agreement needs your acceptance',
    vendorRoles: [],
    partnerRoles: ['partner_admin'],
    defaultChannels: ['in_app', 'email'],
    message: (event) => ({
      title: `Please accept: ${text(after(event).templateName, 'a partner agreement')}`,
      body: 'A new version of a partner agreement was published. Read it and accept it for your organisation.',
      link: '/portal/agreements',
    }),
  },
  {
    eventType: 'agreement.accepted',
    label: 'A partner accepted an agreement',
    vendorRoles: ['channel_manager'],
    partnerRoles: [],
    defaultChannels: ['in_app'],
    message: (event) => ({
      title: `${text(after(event).organisationName, 'A partner')} accepted ${text(after(event).templateName, 'an agreement')}`,
      body: `${text(after(event).signerName, 'Their admin')} accepted version ${String(after(event).versionNumber ?? '')} on behalf of the partner.`,
      link: '/console/agreements',
    }),
  },
  {
    eventType: 'partner_application.submitted',
    label: 'A company applied to join the partner program',
    vendorRoles: ['owner', 'admin', 'channel_manager'],
    partnerRoles: [],
    defaultChannels: ['in_app'],
    message: (event) => ({
      title: `New partner application: ${text(after(event).companyName, 'a company')}`,
      body: `${text(after(event).applicantName, 'Someone')} applied with a fit score of ${String(after(event).fitScore ?? '?')}/100. Review it and approve or reject.`,
      link: `/console/recruitment/${event.entityId}`,
    }),
  },
  {
    eventType: 'compliance_document.submitted',
    label: 'A partner submitted a compliance document for review',
    vendorRoles: COMPLIANCE_REVIEWERS,
    partnerRoles: [],
    defaultChannels: ['in_app', 'email'],
    email: complianceEmail('submitted'),
    message: (event) => ({
      title: `${text(after(event).organisationName, 'A partner')} submitted ${text(after(event).requirementName, 'a compliance document')}`,
      body: 'Review the document and approve or reject it.',
      link: `/console/partners/${event.organisationId ?? ''}`,
    }),
  },
  {
    eventType: 'compliance_document.approved',
    label: 'A compliance document was approved',
    vendorRoles: [],
    partnerRoles: COMPLIANCE_PARTNER_ROLES,
    defaultChannels: ['in_app', 'email'],
    email: complianceEmail('approved'),
    message: (event) => ({
      title: `Approved: ${text(after(event).requirementName, 'your compliance document')}`,
      body: `Your ${text(after(event).requirementName, 'compliance document')} was approved${after(event).expiresOn ? ` and is valid until ${String(after(event).expiresOn)}` : ''}.`,
      link: '/portal/compliance',
    }),
  },
  {
    eventType: 'compliance_document.rejected',
    label: 'A compliance document was rejected',
    vendorRoles: [],
    partnerRoles: COMPLIANCE_PARTNER_ROLES,
    defaultChannels: ['in_app', 'email'],
    email: complianceEmail('rejected'),
    message: (event) => ({
      title: `Rejected: ${text(after(event).requirementName, 'your compliance document')}`,
      body: `Reason: ${text(after(event).rejectionReason, 'none given')}\n\nUpload a corrected document.`,
      link: '/portal/compliance',
    }),
  },
  {
    eventType: 'compliance_document.expiring',
    label: 'A compliance document expires soon',
    vendorRoles: [],
    partnerRoles: COMPLIANCE_PARTNER_ROLES,
    defaultChannels: ['in_app', 'email'],
    email: complianceEmail('expiring'),
    message: (event) => ({
      title: `Expires on ${text(after(event).expiresOn, 'a date soon')}: ${text(after(event).requirementName, 'a compliance document')}`,
      body: 'Upload a renewed document before it expires, so your organisation stays compliant.',
      link: '/portal/compliance',
    }),
  },
  {
    eventType: 'compliance_document.expired',
    label: 'A compliance document expired',
    vendorRoles: [],
    partnerRoles: COMPLIANCE_PARTNER_ROLES,
    defaultChannels: ['in_app', 'email'],
    email: complianceEmail('expired'),
    message: (event) => ({
      title: `Expired: ${text(after(event).requirementName, 'a compliance document')}`,
      body: 'The approved document has expired. Until a renewed one is approved, the requirement is not met.',
      link: '/portal/compliance',
    }),
  },
  {
    eventType: 'sanctions_hit.recorded',
    label: 'A partner name resembles a sanctions list entry',
    vendorRoles: COMPLIANCE_REVIEWERS,
    partnerRoles: [],
    defaultChannels: ['in_app', 'email'],
    message: (event) => ({
      title: `Possible sanctions match: ${text(after(event).organisationName, 'a partner')}`,
      body: `"${text(after(event).screenedName, 'A partner name')}" resembles "${text(after(event).entryName, 'a list entry')}". Clear it as a false positive or confirm it.`,
      link: '/console/compliance/sanctions',
    }),
  },
  {
    eventType: 'organisation.tier_changed',
    label: "A partner's tier changed",
    vendorRoles: PARTNER_TEAM,
    partnerRoles: ['partner_admin'],
    defaultChannels: ['in_app', 'email'],
    message: (event, side) => ({
      title: `${text(after(event).organisationName, 'A partner')} is now ${text(after(event).tierName, 'without a tier')}`,
      body: `The partner tier of ${text(after(event).organisationName, 'the partner')} changed to ${text(after(event).tierName, 'no tier')}. Its benefits follow the new tier.`,
      link: tierPage(event, side),
    }),
  },
  {
    eventType: 'organisation.tier_downgrade_scheduled',
    label: 'A partner no longer qualifies for its tier',
    vendorRoles: PARTNER_TEAM,
    partnerRoles: ['partner_admin'],
    defaultChannels: ['in_app', 'email'],
    message: (event, side) => ({
      title: `${text(after(event).organisationName, 'A partner')} may lose ${text(after(event).tierName, 'its tier')}`,
      body: `${text(after(event).organisationName, 'The partner')} no longer meets the rules of ${text(after(event).tierName, 'its tier')}. Unless it qualifies again, it moves to ${text(after(event).pendingTierName, 'no tier')} on ${text(after(event).downgradeEffectiveAt, 'the end of the grace period').slice(0, 10)}.`,
      link: tierPage(event, side),
    }),
  },
  {
    eventType: 'organisation.tier_downgrade_cancelled',
    label: "A partner's pending downgrade was cancelled",
    vendorRoles: PARTNER_TEAM,
    partnerRoles: ['partner_admin'],
    defaultChannels: ['in_app'],
    message: (event, side) => ({
      title: `${text(after(event).organisationName, 'A partner')} keeps ${text(after(event).tierName, 'its tier')}`,
      body: 'The pending downgrade was cancelled: the partner qualifies for its tier again.',
      link: tierPage(event, side),
    }),
  },
  {
    eventType: 'organisation.offboarded',
    label: 'A partner was offboarded',
    vendorRoles: PARTNER_MANAGERS,
    partnerRoles: ['partner_admin'],
    defaultChannels: ['in_app', 'email'],
    message: (event) => ({
      title: `${text(after(event).name, 'A partner')} was offboarded`,
      body: `Access to the partner programme for ${text(after(event).name, 'the partner')} has ended. Its records are kept. Contact your partner manager with any questions.`,
      link: null,
    }),
  },
  {
    eventType: 'organisation.reactivated',
    label: 'An offboarded partner was reactivated',
    vendorRoles: PARTNER_MANAGERS,
    partnerRoles: ['partner_admin'],
    defaultChannels: ['in_app', 'email'],
    message: (event) => ({
      title: `${text(after(event).name, 'A partner')} was reactivated`,
      body: `People of ${text(after(event).name, 'the partner')} can sign in to the partner programme again.`,
      link: null,
    }),
  },
  {
    eventType: 'onboarding.started',
    label: 'Your onboarding journey started (welcome)',
    vendorRoles: [],
    partnerRoles: ['partner_admin'],
    defaultChannels: ['in_app', 'email'],
    message: (event) => ({
      title: `Welcome! Your onboarding “${text(after(event).journeyName, 'journey')}” has started`,
      body: `Your checklist has ${String(after(event).totalSteps ?? '')} steps with due dates; most tick themselves as you go.`,
      link: '/portal/onboarding',
    }),
    email: (event, link) => ({
      template: 'onboarding.welcome',
      vars: {
        organisationName: text(after(event).organisationName, 'your organisation'),
        journeyName: text(after(event).journeyName, 'onboarding'),
        totalSteps: Number(after(event).totalSteps ?? 0),
        checklistUrl: link,
      },
    }),
  },
  {
    eventType: 'onboarding.milestone_reached',
    label: 'An onboarding journey reached day 30, 60 or 90 unfinished',
    vendorRoles: [],
    partnerRoles: ['partner_admin'],
    notifiesPartnerManager: true,
    defaultChannels: ['in_app', 'email'],
    message: (event, side) => ({
      title: `Day ${String(after(event).day ?? '')} of onboarding for ${text(after(event).organisationName, 'a partner')}`,
      body: `${String(after(event).completedSteps ?? 0)} of ${String(after(event).totalSteps ?? 0)} steps of “${text(after(event).journeyName, 'onboarding')}” are done.`,
      link: side === 'vendor' ? `/console/partners/${event.organisationId}` : '/portal/onboarding',
    }),
    email: (event, link) => ({
      template: 'onboarding.milestone',
      vars: {
        organisationName: text(after(event).organisationName, 'your organisation'),
        journeyName: text(after(event).journeyName, 'onboarding'),
        day: Number(after(event).day ?? 0),
        completedSteps: Number(after(event).completedSteps ?? 0),
        totalSteps: Number(after(event).totalSteps ?? 0),
        checklistUrl: link,
      },
    }),
  },
  {
    eventType: 'onboarding.completed',
    label: 'A partner completed its onboarding journey',
    vendorRoles: [],
    partnerRoles: ['partner_admin'],
    notifiesPartnerManager: true,
    defaultChannels: ['in_app'],
    message: (event, side) => ({
      title: `${text(after(event).organisationName, 'A partner')} completed onboarding`,
      body: `Every step of “${text(after(event).journeyName, 'onboarding')}” is done.`,
      link: side === 'vendor' ? `/console/partners/${event.organisationId}` : '/portal/onboarding',
    }),
  },
  {
    eventType: 'rules_of_engagement.announced',
    label: 'New rules of engagement were published',
    vendorRoles: [],
    partnerRoles: ['partner_admin'],
    defaultChannels: ['in_app', 'email'],
    message: () => ({
      title: 'New rules of engagement',
      body: 'The rules for registering deals were updated. Read them before your next registration.',
      link: '/portal/rules-of-engagement',
    }),
  },
  ...DEAL_APPROVAL_TOPICS,
  // Deal collaboration. A partner's messages only ever name its own registration: a dispute
  // about first-in never tells either partner who the other one is.
  {
    eventType: 'deal_dispute.opened',
    label: 'A deal registration was disputed',
    vendorRoles: ['channel_manager'],
    partnerRoles: ['partner_admin'],
    partnerPerson: DISPUTE_RAISER,
    defaultChannels: ['in_app', 'email'],
    message: (event, side) => ({
      title: `Dispute on ${text(after(event).reference, 'a deal registration')}`,
      body:
        side === 'vendor'
          ? `${text(after(event).customerName, 'A customer')}: the ${after(event).subject === 'conflict' ? 'first-in decision' : 'approval decision'} is disputed and waits for your review.`
          : `A dispute on your registration for ${text(after(event).customerName, 'a customer')} was opened; the channel team will review it.`,
      link: disputePage(event, side),
    }),
  },
  {
    eventType: 'deal_dispute.commented',
    label: 'Someone commented on a deal dispute',
    vendorRoles: ['channel_manager'],
    partnerRoles: ['partner_admin'],
    partnerPerson: DISPUTE_RAISER,
    defaultChannels: ['in_app'],
    message: (event, side) => ({
      title: 'New comment on a deal dispute',
      body:
        after(event).authorSide === 'vendor'
          ? 'The vendor team added a comment or evidence.'
          : 'The partner added a comment or evidence.',
      link: disputePage(event, side),
    }),
  },
  {
    eventType: 'deal_dispute.decided',
    label: 'A deal dispute was decided',
    vendorRoles: [],
    partnerRoles: ['partner_admin'],
    partnerPerson: DISPUTE_RAISER,
    notifiesPartnerManager: true,
    defaultChannels: ['in_app', 'email'],
    message: (event, side) => ({
      title: `Dispute on ${text(after(event).reference, 'a deal registration')} ${after(event).outcome === 'upheld' ? 'upheld' : 'dismissed'}`,
      body: text(after(event).rationale, 'The channel team decided the dispute.'),
      link: disputePage(event, side),
    }),
  },
  {
    eventType: 'deal_registration.returned_to_approval',
    label: 'A disputed registration went back to approval',
    vendorRoles: ['channel_manager', 'regional_manager'],
    partnerRoles: ['partner_admin'],
    partnerPerson: DEAL_REGISTRANT,
    defaultChannels: ['in_app'],
    message: (event, side) => ({
      title: `${text(after(event).reference, 'A registration')} is back in approval`,
      body: `After an upheld dispute, the registration for ${text(after(event).customerName, 'the customer')} waits for a new decision.`,
      link: dealLink(event, side),
    }),
  },
  {
    eventType: 'deal_registration.first_in_changed',
    label: 'A dispute decision changed which registration is first-in',
    vendorRoles: [],
    partnerRoles: ['partner_admin'],
    partnerPerson: DEAL_REGISTRANT,
    defaultChannels: ['in_app', 'email'],
    message: (event, side) => ({
      title:
        after(event).isFirstIn === true
          ? `${text(after(event).reference, 'Your registration')} is now first-in`
          : `${text(after(event).reference, 'Your registration')} is no longer first-in`,
      body:
        after(event).isFirstIn === true
          ? `A dispute review found that you registered ${text(after(event).customerName, 'the customer')} first.`
          : `A dispute review found that ${text(after(event).customerName, 'the customer')} was registered first by another partner.`,
      link: dealLink(event, side),
    }),
  },
  {
    eventType: 'deal_registration.won',
    label: 'A registered deal was won',
    vendorRoles: ['channel_manager'],
    partnerRoles: ['partner_admin'],
    notifiesPartnerManager: true,
    defaultChannels: ['in_app'],
    message: (event, side) => ({
      title: `${text(after(event).reference, 'A deal')} was won`,
      body: `The deal with ${text(after(event).customerName, 'the customer')} closed as won.`,
      link: dealLink(event, side),
    }),
  },
  {
    eventType: 'deal_registration.lost',
    label: 'A registered deal was lost',
    vendorRoles: [],
    partnerRoles: ['partner_admin'],
    notifiesPartnerManager: true,
    defaultChannels: ['in_app'],
    message: (event, side) => ({
      title: `${text(after(event).reference, 'A deal')} was lost`,
      body: `The deal with ${text(after(event).customerName, 'the customer')} closed as lost: ${text(after(event).lostReason, 'no reason given')}.`,
      link: dealLink(event, side),
    }),
  },
  {
    eventType: 'deal_registration.partners_updated',
    label: 'The partners sharing a deal changed',
    vendorRoles: [],
    partnerRoles: ['partner_admin'],
    defaultChannels: ['in_app'],
    message: (event, side) => ({
      title: `Credit on ${text(after(event).reference, 'a deal')} changed`,
      body: `${String(after(event).partnerCount ?? 1)} partner(s) share the deal with ${text(after(event).customerName, 'the customer')}; your share is ${String(after(event).registeringPartnerCreditPercent ?? '')}%.`,
      link: dealLink(event, side),
    }),
  },
];

/** The topics a person can hear about: those naming their role on their side (vendor or partner). */
export function topicsFor(person: {
  organisationKind: 'vendor' | 'partner';
  role: Role;
}): NotificationTopic[] {
  return NOTIFICATION_TOPICS.filter(
    (topic) =>
      (person.organisationKind === 'vendor' ? topic.vendorRoles : topic.partnerRoles).includes(person.role) ||
      (person.organisationKind === 'partner' && topic.partnerPerson?.roles.includes(person.role) === true) ||
      (person.organisationKind === 'vendor' &&
        topic.notifiesPartnerManager === true &&
        (PARTNER_MANAGERS as readonly Role[]).includes(person.role)),
  );
}

export function topicFor(eventType: string): NotificationTopic | undefined {
  return NOTIFICATION_TOPICS.find((topic) => topic.eventType === eventType);
}

/** An explicit preference wins; otherwise the topic's default decides. */
export function isChannelEnabled(
  topic: NotificationTopic,
  channel: Channel,
  preference: boolean | undefined,
): boolean {
  return preference ?? topic.defaultChannels.includes(channel);
}
