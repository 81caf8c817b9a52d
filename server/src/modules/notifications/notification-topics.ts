import type { Role } from '../../platform/permissions.ts';
import type { DomainEvent } from '../events/event-subscriber.ts';
import type { RenderEmailInput } from './email/email-templates.ts';

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
  message: (event: DomainEvent) => Message;
  /** Where vendor recipients go instead of `message.link` (which is then a portal page). */
  vendorLink?: (event: DomainEvent) => string;
  /** `link` is the message's link made absolute; without this the e-mail is the generic notice. */
  email?: (event: DomainEvent, link: string) => TopicEmail;
};

type Snapshot = Record<string, unknown> | null;
const after = (event: DomainEvent) => (event.data as { after: Snapshot }).after ?? {};
const text = (value: unknown, fallback: string) => (typeof value === 'string' && value ? value : fallback);

const PARTNER_MANAGERS: Role[] = ['owner', 'admin', 'channel_manager', 'regional_manager'];

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
    vendorLink: (event) => `/console/partners/${event.organisationId}`,
    defaultChannels: ['in_app', 'email'],
    message: (event) => ({
      title: `Day ${String(after(event).day ?? '')} of onboarding for ${text(after(event).organisationName, 'a partner')}`,
      body: `${String(after(event).completedSteps ?? 0)} of ${String(after(event).totalSteps ?? 0)} steps of “${text(after(event).journeyName, 'onboarding')}” are done.`,
      link: '/portal/onboarding',
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
    vendorLink: (event) => `/console/partners/${event.organisationId}`,
    defaultChannels: ['in_app'],
    message: (event) => ({
      title: `${text(after(event).organisationName, 'A partner')} completed onboarding`,
      body: `Every step of “${text(after(event).journeyName, 'onboarding')}” is done.`,
      link: '/portal/onboarding',
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
