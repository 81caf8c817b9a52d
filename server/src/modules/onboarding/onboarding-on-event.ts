import { and, eq, isNull } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.ts';
import type { Transaction } from '../../platform/db/connection.ts';
import { DomainError } from '../../platform/errors.ts';
import { hasAcceptedMandatoryAgreements } from '../agreements/index.ts';
import type { DomainEvent, EventSubscriber } from '../events/event-subscriber.ts';
import { organisations } from '../organisations/tables.ts';
import { completeSteps } from './complete-steps.ts';
import { ALREADY_ONBOARDING, enrolOrganisation } from './enrol-organisation.ts';
import { onboardingMilestoneJob, secondsUntilMilestone } from './milestone-job.ts';
import { isProfileComplete } from './profile-completeness.ts';
import { MILESTONE_DAYS } from './schemas.ts';
import { fittingJourney } from './start-onboarding.ts';
import type { StepKind } from './step-kinds.ts';
import { onboardingEnrolmentSteps, onboardingEnrolments } from './tables.ts';

type Snapshot = Record<string, unknown> | null;
const afterOf = (event: DomainEvent) => ((event.data as { after?: Snapshot }).after ?? {}) as Snapshot;

/**
 * Onboarding follows what partners do. Runs in the dispatch transaction of each event, so an
 * enrolment, a ticked step or a scheduled milestone exists exactly once per event:
 * - `partner_application.approved` (recruitment): the new partner starts the journey that fits it;
 * - `onboarding.started`: the 30/60/90-day milestone jobs are scheduled;
 * - `agreement.accepted`, `compliance_document.approved`, `organisation.updated`,
 *   `deal_registration.created`: the steps they complete are ticked.
 */
export const onboardingOnEvent: EventSubscriber = {
  name: 'onboarding',
  async handle({ tx, ctx, event, jobs, now }) {
    const organisationId = event.organisationId;
    if (!organisationId) return;
    switch (event.type) {
      case 'partner_application.approved':
        return enrolApprovedPartner(tx, ctx, organisationId, now);
      case 'onboarding.started': {
        const startedAt = new Date(String(afterOf(event)?.startedAt ?? event.occurredAt.toISOString()));
        for (const day of MILESTONE_DAYS) {
          await jobs.send(
            tx,
            onboardingMilestoneJob,
            { workspaceId: event.workspaceId, enrolmentId: event.entityId, day },
            {
              startAfterSeconds: secondsUntilMilestone(startedAt, day, now),
              singletonKey: `${event.entityId}:${day}`,
            },
          );
        }
        return;
      }
      case 'agreement.accepted': {
        const templateId = afterOf(event)?.templateId;
        const steps = await openSteps(tx, ctx, organisationId, 'accept_agreement');
        const named = steps.filter(
          (step) => step.agreementTemplateId && step.agreementTemplateId === templateId,
        );
        const unnamed = steps.filter((step) => !step.agreementTemplateId);
        const isEveryMandatoryAccepted =
          unnamed.length > 0 &&
          (await hasAcceptedMandatoryAgreements(tx, { workspaceId: event.workspaceId, organisationId }));
        return completeSteps(tx, ctx, {
          steps: isEveryMandatoryAccepted ? [...named, ...unnamed] : named,
          completedById: null,
          now,
        });
      }
      case 'compliance_document.approved':
        return completeOpen(tx, ctx, organisationId, 'upload_compliance_documents', now);
      case 'organisation.updated': {
        const [organisation] = await tx
          .select()
          .from(organisations)
          .where(eq(organisations.id, organisationId));
        if (!organisation || !isProfileComplete(organisation)) return;
        return completeOpen(tx, ctx, organisationId, 'complete_profile', now);
      }
      case 'deal_registration.created':
        await tx
          .update(onboardingEnrolments)
          .set({ firstDealRegisteredAt: event.occurredAt })
          .where(
            and(
              eq(onboardingEnrolments.workspaceId, event.workspaceId),
              eq(onboardingEnrolments.organisationId, organisationId),
              isNull(onboardingEnrolments.firstDealRegisteredAt),
            ),
          );
        return completeOpen(tx, ctx, organisationId, 'register_first_deal', now);
      default:
        return;
    }
  },
};

async function enrolApprovedPartner(tx: Transaction, ctx: Ctx, organisationId: string, now: Date) {
  const [organisation] = await tx.select().from(organisations).where(eq(organisations.id, organisationId));
  if (organisation?.kind !== 'partner') return;
  const journey = await fittingJourney(tx, organisation);
  // No journey for this kind of partner: nothing to start, which is the vendor's choice.
  if (!journey) return;
  try {
    await enrolOrganisation(tx, ctx, { organisation, journey, startedById: null, now });
  } catch (error) {
    // Started by hand before the approval was dispatched: that journey stands.
    if (error instanceof DomainError && error.code === ALREADY_ONBOARDING) return;
    throw error;
  }
}

async function openSteps(tx: Transaction, ctx: Ctx, organisationId: string, kind: StepKind) {
  return tx
    .select()
    .from(onboardingEnrolmentSteps)
    .where(
      and(
        eq(onboardingEnrolmentSteps.workspaceId, ctx.actor.workspaceId),
        eq(onboardingEnrolmentSteps.organisationId, organisationId),
        eq(onboardingEnrolmentSteps.kind, kind),
        isNull(onboardingEnrolmentSteps.completedAt),
      ),
    );
}

async function completeOpen(tx: Transaction, ctx: Ctx, organisationId: string, kind: StepKind, now: Date) {
  const steps = await openSteps(tx, ctx, organisationId, kind);
  await completeSteps(tx, ctx, { steps, completedById: null, now });
}
