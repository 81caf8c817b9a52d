import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { recordChange } from '../../platform/audit.ts';
import { type Ctx, withTransaction } from '../../platform/context.ts';
import { defineJob } from '../../platform/jobs/define-job.ts';
import { presentEnrolments } from './present-enrolments.ts';
import { MILESTONE_DAYS } from './schemas.ts';
import { onboardingEnrolments } from './tables.ts';

const DAY_MS = 86_400_000;

/**
 * Day 30, 60 or 90 of a journey that is not complete yet: records `onboarding.milestone_reached`
 * (with how far the partner got), which notifies its admins and partner manager and which
 * automation rules can listen for. A finished journey passes silently.
 */
export const onboardingMilestoneJob = defineJob({
  name: 'onboarding.milestone',
  payload: z.object({
    workspaceId: z.string(),
    enrolmentId: z.string(),
    day: z.union(MILESTONE_DAYS.map((day) => z.literal(day))),
  }),
  retryLimit: 10,
  retryDelaySeconds: 60,
  handler: async ({ workspaceId, enrolmentId, day }, { db, clock }) => {
    const ctx: Ctx = { db, actor: { type: 'system', workspaceId, reason: 'onboarding milestone' } };
    const now = clock();
    await withTransaction(ctx, async (tx) => {
      const [enrolment] = await tx
        .select()
        .from(onboardingEnrolments)
        .where(
          and(eq(onboardingEnrolments.workspaceId, workspaceId), eq(onboardingEnrolments.id, enrolmentId)),
        )
        .for('update');
      if (!enrolment || enrolment.completedAt || enrolment.milestoneDays.includes(day)) return;
      // pg-boss starts it on the day; a clock behind the database's throws so it is retried later.
      const dueAt = enrolment.startedAt.getTime() + day * DAY_MS;
      if (now.getTime() < dueAt) throw new Error(`Milestone day ${day} of ${enrolmentId} is not reached yet`);
      const [updated] = await tx
        .update(onboardingEnrolments)
        .set({ milestoneDays: [...enrolment.milestoneDays, day] })
        .where(eq(onboardingEnrolments.id, enrolmentId))
        .returning();
      const [progress] = await presentEnrolments(tx, workspaceId, [updated!], now);
      await recordChange(tx, ctx, {
        action: 'onboarding.milestone_reached',
        entityType: 'onboarding_enrolment',
        entityId: enrolmentId,
        organisationId: enrolment.organisationId,
        after: {
          day,
          enrolmentId,
          organisationId: progress!.organisationId,
          organisationName: progress!.organisationName,
          journeyName: progress!.journeyName,
          completedSteps: progress!.completedSteps,
          totalSteps: progress!.totalSteps,
          overdueSteps: progress!.overdueSteps,
        },
      });
    });
  },
});

/** Seconds from `now` until day `day` of a journey started at `startedAt` (at least one). */
export function secondsUntilMilestone(startedAt: Date, day: number, now: Date): number {
  return Math.max(1, Math.ceil((startedAt.getTime() + day * DAY_MS - now.getTime()) / 1000));
}
