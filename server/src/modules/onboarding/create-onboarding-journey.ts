import type { z } from 'zod';
import { recordChange } from '../../platform/audit.ts';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { newId } from '../../platform/ids.ts';
import { toJourneySteps } from './journey-steps.ts';
import { type createJourneyInput, presentJourney } from './schemas.ts';
import { onboardingJourneys } from './tables.ts';

export async function createOnboardingJourney({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: z.infer<typeof createJourneyInput>;
}) {
  const actor = assertActorCan(ctx, 'onboarding:manage');
  return withTransaction(ctx, async (tx) => {
    const steps = await toJourneySteps(tx, actor.workspaceId, input.steps);
    const [row] = await tx
      .insert(onboardingJourneys)
      .values({
        id: newId('onboardingJourney'),
        workspaceId: actor.workspaceId,
        name: input.name,
        description: input.description || null,
        partnerTypes: [...new Set(input.partnerTypes)],
        tiers: [...new Set(input.tiers)],
        steps,
      })
      .returning();
    const created = presentJourney(row!);
    await recordChange(tx, ctx, {
      action: 'onboarding.journey_created',
      entityType: 'onboarding_journey',
      entityId: created.id,
      organisationId: null,
      after: created,
    });
    return created;
  });
}
