import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { recordChange } from '../../platform/audit.ts';
import { type Ctx, requireUser, withTransaction } from '../../platform/context.ts';
import type { Transaction } from '../../platform/db/connection.ts';
import { DomainError } from '../../platform/errors.ts';
import { CHANNELS, isChannelEnabled, topicFor, topicsFor } from './notification-topics.ts';
import type { setNotificationPreferencesInput } from './schemas.ts';
import { notificationPreferences } from './tables.ts';

/**
 * Every topic the user's role hears about × channel, with their choice or the default, so a
 * settings page lists them all and nothing they would never receive.
 */
async function preferencesOf(tx: Transaction, ctx: Ctx) {
  const actor = requireUser(ctx);
  const chosen = await tx
    .select()
    .from(notificationPreferences)
    .where(
      and(
        eq(notificationPreferences.workspaceId, actor.workspaceId),
        eq(notificationPreferences.userId, actor.userId),
      ),
    );
  return {
    data: topicsFor(actor).flatMap((topic) =>
      CHANNELS.map((channel) => {
        const choice = chosen.find((row) => row.eventType === topic.eventType && row.channel === channel);
        return {
          eventType: topic.eventType,
          label: topic.label,
          channel,
          isEnabled: isChannelEnabled(topic, channel, choice?.isEnabled),
          isDefault: choice === undefined,
        };
      }),
    ),
  };
}

export function getNotificationPreferences({ ctx }: { ctx: Ctx }) {
  return withTransaction(ctx, (tx) => preferencesOf(tx, ctx));
}

export async function setNotificationPreferences({
  ctx,
  input,
  now,
}: {
  ctx: Ctx;
  input: z.infer<typeof setNotificationPreferencesInput>;
  now: Date;
}) {
  const actor = requireUser(ctx);
  input.preferences.forEach((preference, index) => {
    if (!topicFor(preference.eventType)) {
      throw new DomainError(
        'validation',
        'unknown_event_type',
        `No notifications exist for ${preference.eventType}.`,
        [
          {
            field: `body.preferences.${index}.eventType`,
            message: 'is not an event type people are notified about',
          },
        ],
      );
    }
  });
  return withTransaction(ctx, async (tx) => {
    const before = await preferencesOf(tx, ctx);
    for (const preference of input.preferences) {
      await tx
        .insert(notificationPreferences)
        .values({
          workspaceId: actor.workspaceId,
          organisationId: actor.organisationId,
          userId: actor.userId,
          ...preference,
          updatedAt: now,
        })
        .onConflictDoUpdate({
          target: [
            notificationPreferences.userId,
            notificationPreferences.eventType,
            notificationPreferences.channel,
          ],
          set: { isEnabled: preference.isEnabled, updatedAt: now },
        });
    }
    const after = await preferencesOf(tx, ctx);
    await recordChange(tx, ctx, {
      action: 'notification_preferences.updated',
      entityType: 'user',
      entityId: actor.userId,
      organisationId: actor.organisationId,
      before: before.data.filter((row) => !row.isDefault),
      after: after.data.filter((row) => !row.isDefault),
    });
    return after;
  });
}
