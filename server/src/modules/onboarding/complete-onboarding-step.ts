import { and, eq } from 'drizzle-orm';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { DomainError } from '../../platform/errors.ts';
import { completeSteps } from './complete-steps.ts';
import { findEnrolmentStep } from './find-onboarding.ts';
import { presentEnrolments } from './present-enrolments.ts';
import { isManualStep } from './step-kinds.ts';
import { onboardingEnrolments } from './tables.ts';

/**
 * Ticks a custom or course step. A partner admin ticks its own organisation's (row-level security
 * hides every other partner's steps: 404); the vendor's onboarding managers may tick on its behalf.
 */
export async function completeOnboardingStep({ ctx, id, now }: { ctx: Ctx; id: string; now: Date }) {
  const actor = assertActorCan(ctx, 'onboarding:complete_steps');
  return withTransaction(ctx, async (tx) => {
    const step = await findEnrolmentStep(tx, actor.workspaceId, id, { forUpdate: true });
    if (!isManualStep(step.kind)) {
      throw new DomainError(
        'conflict',
        'onboarding_step_completes_itself',
        'This step completes itself when the partner does what it asks; it cannot be ticked by hand.',
      );
    }
    if (step.completedAt) {
      throw new DomainError('conflict', 'onboarding_step_already_done', 'This step is already done.');
    }
    await completeSteps(tx, ctx, { steps: [step], completedById: actor.userId, now });
    const [enrolment] = await tx
      .select()
      .from(onboardingEnrolments)
      .where(
        and(
          eq(onboardingEnrolments.workspaceId, actor.workspaceId),
          eq(onboardingEnrolments.id, step.enrolmentId),
        ),
      );
    const [presented] = await presentEnrolments(tx, actor.workspaceId, [enrolment!], now);
    return presented!;
  });
}
