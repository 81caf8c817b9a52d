import { and, eq, inArray, ne, or } from 'drizzle-orm';
import type { Transaction } from '../../platform/db/connection.ts';
import { newId } from '../../platform/ids.ts';
import type { DomainEvent, EventSubscriber } from '../events/event-subscriber.ts';
import { findVendorOrganisationId } from '../organisations/get-organisation.ts';
import { organisations } from '../organisations/tables.ts';
import { users } from '../users/tables.ts';
import { workspaceBranding } from '../workspaces/branding.ts';
import { type Channel, isChannelEnabled, type NotificationTopic, topicFor } from './notification-topics.ts';
import { queueEmail } from './queue-email.ts';
import { notificationPreferences, notifications } from './tables.ts';

type Recipient = { id: string; email: string; locale: string; organisationId: string; isVendor: boolean };

/**
 * Turns events into in-app notices and e-mails for the people the topic names, as each of them
 * chose. Runs in the dispatch transaction, so a notice exists exactly once per event and person.
 */
export const notifyOnEvent: EventSubscriber = {
  name: 'notifications',
  async handle({ tx, event, config }) {
    const topic = topicFor(event.type);
    if (!topic) return;
    // Nobody hears about what they did themselves, nor about themselves (their own arrival).
    const recipients = (await recipientsOf(tx, topic, event)).filter(
      (person) => person.id !== event.actorId && person.id !== event.entityId,
    );
    if (recipients.length === 0) return;

    const preferences = await tx
      .select()
      .from(notificationPreferences)
      .where(
        and(
          eq(notificationPreferences.workspaceId, event.workspaceId),
          eq(notificationPreferences.eventType, event.type),
          inArray(
            notificationPreferences.userId,
            recipients.map((person) => person.id),
          ),
        ),
      );
    const wants = (person: Recipient, channel: Channel) =>
      isChannelEnabled(
        topic,
        channel,
        preferences.find((row) => row.userId === person.id && row.channel === channel)?.isEnabled,
      );

    // Vendor staff and partner people open different pages about the same event.
    const messageFor = (person: Recipient) => topic.message(event, person.isVendor ? 'vendor' : 'partner');
    const inApp = recipients.filter((person) => wants(person, 'in_app'));
    if (inApp.length > 0) {
      await tx.insert(notifications).values(
        inApp.map((person) => {
          const message = messageFor(person);
          return {
            id: newId('notification'),
            workspaceId: event.workspaceId,
            organisationId: person.organisationId,
            userId: person.id,
            eventId: event.id,
            type: event.type,
            title: message.title,
            body: message.body,
            link: message.link,
          };
        }),
      );
    }

    const byEmail = recipients.filter((person) => wants(person, 'email'));
    if (byEmail.length > 0) {
      const branding = await workspaceBranding(tx, event.workspaceId, config.PUBLIC_URL);
      for (const person of byEmail) {
        const message = messageFor(person);
        const link = message.link ? new URL(message.link, config.PUBLIC_URL).toString() : null;
        const email =
          topic.email && link
            ? topic.email(event, link)
            : {
                template: 'notification' as const,
                vars: { title: message.title, body: message.body, ...(link ? { actionUrl: link } : {}) },
              };
        await queueEmail(tx, {
          branding,
          workspaceId: event.workspaceId,
          organisationId: person.organisationId,
          userId: person.id,
          eventId: event.id,
          to: person.email,
          locale: person.locale,
          ...email,
        });
      }
    }
  },
};

/**
 * The vendor's people in the topic's vendor roles (and the partner's own manager when the topic
 * says so), and the event organisation's people in its partner roles. A regional manager hears
 * only about partners in its regions.
 */
async function recipientsOf(tx: Transaction, topic: NotificationTopic, event: DomainEvent) {
  const vendorId = await findVendorOrganisationId(tx, event.workspaceId);
  const [subject] = event.organisationId
    ? await tx.select().from(organisations).where(eq(organisations.id, event.organisationId))
    : [];
  const partnerPersonId =
    subject?.kind === 'partner' && topic.partnerPerson ? await topic.partnerPerson.of(tx, event) : null;
  const audience = [
    vendorId && topic.vendorRoles.length > 0
      ? and(eq(users.organisationId, vendorId), inArray(users.role, [...topic.vendorRoles]))
      : undefined,
    vendorId && topic.notifiesPartnerManager && subject?.partnerManagerId
      ? and(eq(users.organisationId, vendorId), eq(users.id, subject.partnerManagerId))
      : undefined,
    subject?.kind === 'partner' && topic.partnerRoles.length > 0
      ? and(eq(users.organisationId, subject.id), inArray(users.role, [...topic.partnerRoles]))
      : undefined,
    subject && partnerPersonId && topic.partnerPerson
      ? and(
          eq(users.organisationId, subject.id),
          eq(users.id, partnerPersonId),
          inArray(users.role, [...topic.partnerPerson.roles]),
        )
      : undefined,
  ].filter((condition) => condition !== undefined);
  if (audience.length === 0) return [];
  const people = await tx
    .select()
    .from(users)
    .where(and(eq(users.workspaceId, event.workspaceId), ne(users.status, 'deactivated'), or(...audience)));
  return people
    .filter(
      (person) =>
        person.role !== 'regional_manager' ||
        !person.regions ||
        (subject?.kind === 'partner' && subject.region !== null && person.regions.includes(subject.region)),
    )
    .map((person) => ({
      id: person.id,
      email: person.email,
      locale: person.locale,
      organisationId: person.organisationId,
      isVendor: person.organisationId === vendorId,
    }));
}
