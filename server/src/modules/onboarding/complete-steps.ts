import { and, eq, inArray, isNull } from 'drizzle-orm';
import { recordChange } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import type { Transaction } from '../../platform/db/connection.ts';
import { iso } from '../../platform/http/schemas.ts';
import { presentEnrolments } from './present-enrolments.ts';
import { onboardingEnrolmentSteps, onboardingEnrolments } from './tables.ts';

type StepRow = typeof onboardingEnrolmentSteps.$inferSelect;

/**
 * Marks steps done, each with its own `onboarding.step_completed`, and finishes every enrolment
 * whose last open step this was with `onboarding.completed`. Steps already done are left alone,
 * so an event that arrives twice completes nothing twice.
 */
export async function completeSteps(
  tx: Transaction,
  ctx: Ctx,
  { steps, completedById, now }: { steps: StepRow[]; completedById: string | null; now: Date },
): Promise<void> {
  const open = steps.filter((step) => step.completedAt === null);
  if (open.length === 0) return;
  const workspaceId = ctx.actor.workspaceId;
  const done = await tx
    .update(onboardingEnrolmentSteps)
    .set({ completedAt: now, completedById })
    .where(
      and(
        eq(onboardingEnrolmentSteps.workspaceId, workspaceId),
        inArray(
          onboardingEnrolmentSteps.id,
          open.map((step) => step.id),
        ),
        isNull(onboardingEnrolmentSteps.completedAt),
      ),
    )
    .returning();
  for (const step of done) {
    await recordChange(tx, ctx, {
      action: 'onboarding.step_completed',
      entityType: 'onboarding_step',
      entityId: step.id,
      organisationId: step.organisationId,
      before: { ...presentStep(step), completedAt: null },
      after: presentStep(step),
    });
  }
  const enrolmentIds = [...new Set(done.map((step) => step.enrolmentId))];
  for (const enrolmentId of enrolmentIds) await finishIfComplete(tx, ctx, enrolmentId, now);
}

async function finishIfComplete(tx: Transaction, ctx: Ctx, enrolmentId: string, now: Date): Promise<void> {
  const workspaceId = ctx.actor.workspaceId;
  const remaining = await tx
    .select({ id: onboardingEnrolmentSteps.id })
    .from(onboardingEnrolmentSteps)
    .where(
      and(
        eq(onboardingEnrolmentSteps.workspaceId, workspaceId),
        eq(onboardingEnrolmentSteps.enrolmentId, enrolmentId),
        isNull(onboardingEnrolmentSteps.completedAt),
      ),
    )
    .limit(1);
  if (remaining.length > 0) return;
  const [finished] = await tx
    .update(onboardingEnrolments)
    .set({ completedAt: now })
    .where(
      and(
        eq(onboardingEnrolments.workspaceId, workspaceId),
        eq(onboardingEnrolments.id, enrolmentId),
        isNull(onboardingEnrolments.completedAt),
      ),
    )
    .returning();
  if (!finished) return;
  const [after] = await presentEnrolments(tx, workspaceId, [finished], now);
  await recordChange(tx, ctx, {
    action: 'onboarding.completed',
    entityType: 'onboarding_enrolment',
    entityId: finished.id,
    organisationId: finished.organisationId,
    after,
  });
}

function presentStep(step: StepRow) {
  return {
    id: step.id,
    enrolmentId: step.enrolmentId,
    organisationId: step.organisationId,
    kind: step.kind,
    title: step.title,
    dueAt: iso(step.dueAt),
    completedAt: iso(step.completedAt),
    completedById: step.completedById,
  };
}
