import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { recordChange } from '../../platform/audit.ts';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { assertVersion } from '../../platform/http/concurrency.ts';
import { findJourney } from './find-onboarding.ts';
import { toJourneySteps } from './journey-steps.ts';
import { presentJourney, type updateJourneyInput } from './schemas.ts';
import { onboardingJourneys } from './tables.ts';

/**
 * Renaming, re-targeting, re-ordering steps or archiving. Enrolments already running keep their
 * own copy of the steps, so this never rewrites a partner's history.
 */
export async function updateOnboardingJourney({
  ctx,
  id,
  input,
  expectedVersion,
  now,
}: {
  ctx: Ctx;
  id: string;
  input: z.infer<typeof updateJourneyInput>;
  expectedVersion: number | undefined;
  now: Date;
}) {
  const actor = assertActorCan(ctx, 'onboarding:manage');
  return withTransaction(ctx, async (tx) => {
    const current = await findJourney(tx, actor.workspaceId, id, { forUpdate: true });
    assertVersion('onboarding journey', current.version, expectedVersion);
    const steps = input.steps ? await toJourneySteps(tx, actor.workspaceId, input.steps) : undefined;
    const [row] = await tx
      .update(onboardingJourneys)
      .set({
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.description !== undefined ? { description: input.description || null } : {}),
        ...(input.partnerTypes !== undefined ? { partnerTypes: [...new Set(input.partnerTypes)] } : {}),
        ...(input.tiers !== undefined ? { tiers: [...new Set(input.tiers)] } : {}),
        ...(steps !== undefined ? { steps } : {}),
        ...(input.status !== undefined ? { status: input.status } : {}),
        version: current.version + 1,
        updatedAt: now,
      })
      .where(and(eq(onboardingJourneys.workspaceId, actor.workspaceId), eq(onboardingJourneys.id, id)))
      .returning();
    const after = presentJourney(row!);
    await recordChange(tx, ctx, {
      action: 'onboarding.journey_updated',
      entityType: 'onboarding_journey',
      entityId: id,
      organisationId: null,
      before: presentJourney(current),
      after,
    });
    return after;
  });
}
