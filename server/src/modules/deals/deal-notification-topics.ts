import { eq } from 'drizzle-orm';
import type { Role } from '../../platform/permissions.ts';
import type { DomainEvent } from '../events/event-subscriber.ts';
import type { NotificationTopic, PartnerPerson } from '../notifications/notification-topics.ts';
import { dealDisputes, dealRegistrations } from './tables.ts';

/**
 * What partners and approvers hear about a registration's way through approval and protection.
 * Every event belongs to the registering partner, so its people read only their own deal; the
 * texts use the registration's own fields and never another partner's.
 */

type Snapshot = Record<string, unknown>;
const after = (event: DomainEvent): Snapshot => (event.data as { after?: Snapshot | null }).after ?? {};
const text = (value: unknown, fallback: string) => (typeof value === 'string' && value ? value : fallback);
const day = (value: unknown) =>
  typeof value === 'string' && value ? value.slice(0, 10) : 'a date to be set';

/** The partner's admins hear of every registration of theirs; a sales rep of their own (below). */
const PARTNER_DEAL_PEOPLE: Role[] = ['partner_admin'];

/**
 * The partner person a record names in `column` (who registered the deal, who raised the dispute),
 * read from the event's own row. They hear of it as a sales rep; their colleagues do not: a
 * partner with twenty reps would otherwise have each told of every colleague's deal.
 */
function personNamedOn(
  table: typeof dealRegistrations | typeof dealDisputes,
  column: typeof dealRegistrations.registeredById | typeof dealDisputes.raisedById,
): PartnerPerson {
  return {
    roles: ['partner_sales'],
    of: async (tx, event) => {
      const [row] = await tx.select({ personId: column }).from(table).where(eq(table.id, event.entityId));
      return row?.personId ?? null;
    },
  };
}
export const DEAL_REGISTRANT = personNamedOn(dealRegistrations, dealRegistrations.registeredById);
export const DISPUTE_RAISER = personNamedOn(dealDisputes, dealDisputes.raisedById);

/** Who decides registrations: channel managers, and regional managers for their regions' partners. */
const APPROVERS: Role[] = ['channel_manager', 'regional_manager'];

/** The registration's page on the reader's side. */
export const dealLink = (event: DomainEvent, side: 'vendor' | 'partner') =>
  side === 'vendor' ? `/console/deals/${event.entityId}` : `/portal/deals/${event.entityId}`;

/** "DR-12 (Initech GmbH, 48000 EUR)" */
function dealName(event: DomainEvent): string {
  const data = after(event);
  const amount =
    typeof data.amount === 'number' ? `, ${data.amount} ${text(data.currency, '')}`.trimEnd() : '';
  return `${text(data.reference, 'A deal registration')} (${text(data.customerName, 'a customer')}${amount})`;
}

/** Vendor readers see which partner it is; partners read about their own deal only. */
const partnerOf = (event: DomainEvent) => text(after(event).partnerName, 'a partner');

export const DEAL_APPROVAL_TOPICS: readonly NotificationTopic[] = [
  {
    eventType: 'deal_registration.created',
    label: 'A deal registration was submitted',
    vendorRoles: APPROVERS,
    partnerRoles: PARTNER_DEAL_PEOPLE,
    partnerPerson: DEAL_REGISTRANT,
    defaultChannels: ['in_app', 'email'],
    message: (event, side) => {
      const status = text(after(event).status, 'pending_approval');
      if (side === 'partner') {
        return {
          title: `Received: ${dealName(event)}`,
          body:
            status === 'pending_approval'
              ? `We received your registration. It is waiting for approval, due by ${day(after(event).approvalDueAt)}.`
              : `We received your registration. It was ${status === 'approved' ? 'approved' : 'not accepted'} straight away.`,
          link: dealLink(event, side),
        };
      }
      return {
        title: `New deal registration: ${dealName(event)}`,
        body:
          status === 'pending_approval'
            ? `It waits for approval, due by ${day(after(event).approvalDueAt)}.`
            : `It was ${status === 'approved' ? 'approved' : 'rejected'} automatically.`,
        link: dealLink(event, side),
      };
    },
  },
  {
    eventType: 'deal_registration.level_approved',
    label: 'A deal registration passed an approval level',
    vendorRoles: ['channel_manager'],
    partnerRoles: PARTNER_DEAL_PEOPLE,
    partnerPerson: DEAL_REGISTRANT,
    defaultChannels: ['in_app'],
    message: (event, side) => ({
      title: `Approval level ${String(after(event).approvedLevel ?? '')} passed: ${dealName(event)}`,
      body:
        side === 'partner'
          ? `Your registration moved to the next approval level, due by ${day(after(event).approvalDueAt)}.`
          : `It now waits for a channel manager's decision, due by ${day(after(event).approvalDueAt)}.`,
      link: dealLink(event, side),
    }),
  },
  {
    eventType: 'deal_registration.approved',
    label: 'A deal registration was approved',
    vendorRoles: [],
    partnerRoles: PARTNER_DEAL_PEOPLE,
    partnerPerson: DEAL_REGISTRANT,
    defaultChannels: ['in_app', 'email'],
    message: (event, side) => ({
      title: `Approved: ${dealName(event)}`,
      body: `The registration is approved and protected until ${day(after(event).protectionEndsAt)}.`,
      link: dealLink(event, side),
    }),
  },
  {
    eventType: 'deal_registration.rejected',
    label: 'A deal registration was rejected',
    vendorRoles: [],
    partnerRoles: PARTNER_DEAL_PEOPLE,
    partnerPerson: DEAL_REGISTRANT,
    defaultChannels: ['in_app', 'email'],
    message: (event, side) => ({
      title: `Not approved: ${dealName(event)}`,
      body: `Reason: ${text(after(event).reason ?? after(event).decisionReason, 'none given')}`,
      link: dealLink(event, side),
    }),
  },
  {
    eventType: 'deal_registration.more_info_requested',
    label: 'An approver asked for more information on a deal registration',
    vendorRoles: [],
    partnerRoles: PARTNER_DEAL_PEOPLE,
    partnerPerson: DEAL_REGISTRANT,
    defaultChannels: ['in_app', 'email'],
    message: (event, side) => ({
      title: `Information needed: ${dealName(event)}`,
      body: `The approver asks: ${text(after(event).question, '(no question given)')}\n\nAnswer it on the registration; the approval continues once you do.`,
      link: dealLink(event, side),
    }),
  },
  {
    eventType: 'deal_registration.info_provided',
    label: 'A partner answered a question on a deal registration',
    vendorRoles: APPROVERS,
    partnerRoles: [],
    defaultChannels: ['in_app'],
    message: (event, side) => ({
      title: `${partnerOf(event)} answered: ${dealName(event)}`,
      body: `It is back in the approval queue, due by ${day(after(event).approvalDueAt)}.`,
      link: dealLink(event, side),
    }),
  },
  {
    eventType: 'deal_registration.withdrawn',
    label: 'A deal registration was withdrawn',
    vendorRoles: APPROVERS,
    partnerRoles: PARTNER_DEAL_PEOPLE,
    partnerPerson: DEAL_REGISTRANT,
    defaultChannels: ['in_app'],
    message: (event, side) => ({
      title: `Withdrawn: ${dealName(event)}`,
      body:
        side === 'partner'
          ? 'The registration is withdrawn; it no longer claims the customer.'
          : 'The partner withdrew the registration; nothing is waiting on you for it.',
      link: dealLink(event, side),
    }),
  },
  {
    eventType: 'deal_registration.approval_reminder',
    label: 'A deal registration approval is due soon',
    vendorRoles: APPROVERS,
    partnerRoles: [],
    defaultChannels: ['in_app', 'email'],
    message: (event, side) => ({
      title: `Due soon: ${dealName(event)}`,
      body: `The decision on ${partnerOf(event)}'s registration is due by ${text(after(event).dueAt, 'soon')}.`,
      link: dealLink(event, side),
    }),
  },
  {
    eventType: 'deal_registration.approval_escalated',
    label: 'A deal registration approval ran past its SLA',
    vendorRoles: APPROVERS,
    partnerRoles: [],
    defaultChannels: ['in_app', 'email'],
    message: (event, side) => ({
      title: `Overdue: ${dealName(event)}`,
      body: `The decision on ${partnerOf(event)}'s registration was due by ${text(after(event).dueAt, 'now')}. A channel manager can decide it.`,
      link: dealLink(event, side),
    }),
  },
  {
    eventType: 'deal_registration.extension_requested',
    label: 'A partner asked to extend a registration’s protection',
    vendorRoles: APPROVERS,
    partnerRoles: [],
    defaultChannels: ['in_app'],
    message: (event, side) => ({
      title: `Extension requested: ${dealName(event)}`,
      body: `${partnerOf(event)} asks for ${String(after(event).requestedDays ?? '')} more days: ${text(after(event).reason, '')}`,
      link: dealLink(event, side),
    }),
  },
  {
    eventType: 'deal_registration.extended',
    label: 'A registration’s protection was extended',
    vendorRoles: [],
    partnerRoles: PARTNER_DEAL_PEOPLE,
    partnerPerson: DEAL_REGISTRANT,
    defaultChannels: ['in_app', 'email'],
    message: (event, side) => ({
      title: `Protection extended: ${dealName(event)}`,
      body: `Your registration is now protected until ${day(after(event).protectionEndsAt)}.`,
      link: dealLink(event, side),
    }),
  },
  {
    eventType: 'deal_registration.extension_rejected',
    label: 'A request to extend a registration’s protection was refused',
    vendorRoles: [],
    partnerRoles: PARTNER_DEAL_PEOPLE,
    partnerPerson: DEAL_REGISTRANT,
    defaultChannels: ['in_app', 'email'],
    message: (event, side) => ({
      title: `Extension not granted: ${dealName(event)}`,
      body: `Protection still ends on ${day(after(event).protectionEndsAt)}. Note: ${text(after(event).note, 'none given')}`,
      link: dealLink(event, side),
    }),
  },
  {
    eventType: 'deal_registration.expired',
    label: 'A registration’s protection expired',
    vendorRoles: [],
    partnerRoles: PARTNER_DEAL_PEOPLE,
    partnerPerson: DEAL_REGISTRANT,
    defaultChannels: ['in_app', 'email'],
    message: (event, side) => ({
      title: `Protection expired: ${dealName(event)}`,
      body: 'The protection window ended before the deal closed, so the registration no longer claims the customer.',
      link: dealLink(event, side),
    }),
  },
  {
    eventType: 'deal_registration.protection_ending',
    label: 'A registration’s protection ends soon',
    vendorRoles: [],
    partnerRoles: PARTNER_DEAL_PEOPLE,
    partnerPerson: DEAL_REGISTRANT,
    defaultChannels: ['in_app', 'email'],
    message: (event, side) => ({
      title: `Protection ends ${day(after(event).protectionEndsAt)}: ${dealName(event)}`,
      body: `The deal is still open and its protection ends on ${day(after(event).protectionEndsAt)}. Move it forward, or ask for an extension before then.`,
      link: dealLink(event, side),
    }),
  },
  {
    eventType: 'deal_registration.stale',
    label: 'A registered deal saw no activity for a while',
    vendorRoles: [],
    partnerRoles: PARTNER_DEAL_PEOPLE,
    partnerPerson: DEAL_REGISTRANT,
    notifiesPartnerManager: true,
    defaultChannels: ['in_app'],
    message: (event, side) => ({
      title: `No activity: ${dealName(event)}`,
      body: `Nothing happened on this registration for ${String(after(event).staleAfterDays ?? 'many')} days. Update its stage or ask for help before its protection ends on ${day(after(event).protectionEndsAt)}.`,
      link: dealLink(event, side),
    }),
  },
];
