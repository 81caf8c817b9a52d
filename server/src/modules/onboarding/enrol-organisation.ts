import { and, eq } from 'drizzle-orm';
import { recordChange } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import type { Transaction } from '../../platform/db/connection.ts';
import { DomainError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { hasAcceptedMandatoryAgreements } from '../agreements/index.ts';
import { agreementAcceptances } from '../agreements/tables.ts';
import type { organisations } from '../organisations/tables.ts';
import { completeSteps } from './complete-steps.ts';
import { presentEnrolments } from './present-enrolments.ts';
import { isProfileComplete } from './profile-completeness.ts';
import type { EnrolmentDto } from './schemas.ts';
import { onboardingEnrolmentSteps, onboardingEnrolments, type onboardingJourneys } from './tables.ts';

const DAY_MS = 86_400_000;

type Organisation = typeof organisations.$inferSelect;
type Journey = typeof onboardingJourneys.$inferSelect;

export const ALREADY_ONBOARDING = 'onboarding_already_running';

const alreadyOnboarding = () =>
  new DomainError(
    'conflict',
    ALREADY_ONBOARDING,
    'This partner is already going through an onboarding journey; it can start another once that one is complete.',
  );

/**
 * Starts `journey` for a partner: the enrolment keeps its own copy of the steps (so later edits
 * of the journey do not rewrite it), records `onboarding.started` (the welcome notice, and the
 * milestone timers), and ticks at once the steps the partner has already done.
 */
export async function enrolOrganisation(
  tx: Transaction,
  ctx: Ctx,
  {
    organisation,
    journey,
    startedById,
    now,
  }: { organisation: Organisation; journey: Journey; startedById: string | null; now: Date },
): Promise<EnrolmentDto> {
  const workspaceId = ctx.actor.workspaceId;
  const [enrolment] = await tx
    .insert(onboardingEnrolments)
    .values({
      id: newId('onboardingEnrolment'),
      workspaceId,
      organisationId: organisation.id,
      journeyId: journey.id,
      journeyName: journey.name,
      journeyVersion: journey.version,
      startedById,
      startedAt: now,
    })
    // Only the one-running-journey index can conflict: a journey is already under way.
    .onConflictDoNothing()
    .returning();
  if (!enrolment) throw alreadyOnboarding();
  const steps = await tx
    .insert(onboardingEnrolmentSteps)
    .values(
      journey.steps.map((step, position) => ({
        id: newId('onboardingStep'),
        workspaceId,
        organisationId: organisation.id,
        enrolmentId: enrolment.id,
        position,
        kind: step.kind,
        title: step.title,
        description: step.description,
        agreementTemplateId: step.agreementTemplateId,
        dueAt: new Date(now.getTime() + step.dueAfterDays * DAY_MS),
      })),
    )
    .returning();
  const [started] = await presentEnrolments(tx, workspaceId, [enrolment], now);
  await recordChange(tx, ctx, {
    action: 'onboarding.started',
    entityType: 'onboarding_enrolment',
    entityId: enrolment.id,
    organisationId: organisation.id,
    after: started,
  });

  const isDone = await stepsDoneBefore(tx, workspaceId, organisation);
  await completeSteps(tx, ctx, { steps: steps.filter(isDone), completedById: null, now });
  const [current] = await tx
    .select()
    .from(onboardingEnrolments)
    .where(and(eq(onboardingEnrolments.workspaceId, workspaceId), eq(onboardingEnrolments.id, enrolment.id)));
  const [presented] = await presentEnrolments(tx, workspaceId, [current!], now);
  return presented!;
}

/** What the partner did before the journey started still counts: agreements accepted, profile filled. */
async function stepsDoneBefore(tx: Transaction, workspaceId: string, organisation: Organisation) {
  const accepted = await tx
    .select({ templateId: agreementAcceptances.templateId })
    .from(agreementAcceptances)
    .where(
      and(
        eq(agreementAcceptances.workspaceId, workspaceId),
        eq(agreementAcceptances.organisationId, organisation.id),
      ),
    );
  const acceptedTemplates = new Set(accepted.map((row) => row.templateId));
  const hasAcceptedMandatory = await hasAcceptedMandatoryAgreements(tx, {
    workspaceId,
    organisationId: organisation.id,
  });
  const isProfileDone = isProfileComplete(organisation);
  return (step: typeof onboardingEnrolmentSteps.$inferSelect) => {
    if (step.kind === 'accept_agreement') {
      return step.agreementTemplateId
        ? acceptedTemplates.has(step.agreementTemplateId)
        : hasAcceptedMandatory;
    }
    return step.kind === 'complete_profile' && isProfileDone;
  };
}
