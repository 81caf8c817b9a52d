import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import type { Transaction } from '../../platform/db/connection.ts';
import { DomainError, invalid } from '../../platform/errors.ts';
import { findOrganisation } from '../organisations/index.ts';
import type { organisations } from '../organisations/tables.ts';
import { enrolOrganisation } from './enrol-organisation.ts';
import { findJourney } from './find-onboarding.ts';
import { pickJourney } from './journey-audience.ts';
import type { startOnboardingInput } from './schemas.ts';
import { onboardingJourneys } from './tables.ts';

/** "Start onboarding" on a partner's profile: the named journey, or the one that fits it best. */
export async function startOnboarding({
  ctx,
  input,
  now,
}: {
  ctx: Ctx;
  input: z.infer<typeof startOnboardingInput>;
  now: Date;
}) {
  const actor = assertActorCan(ctx, 'onboarding:manage');
  return withTransaction(ctx, async (tx) => {
    const organisation = await findOrganisation(tx, actor.workspaceId, input.organisationId);
    if (organisation.kind !== 'partner') {
      throw invalid('body.organisationId', 'must be a partner organisation, not the vendor');
    }
    const journey = input.journeyId
      ? await findJourney(tx, actor.workspaceId, input.journeyId)
      : await fittingJourney(tx, organisation);
    if (!journey) {
      throw new DomainError(
        'validation',
        'no_fitting_journey',
        'No active onboarding journey fits this partner; create one or pick a journey.',
        [
          {
            field: 'body.journeyId',
            message: "no active journey fits the partner's types and tier; pick one",
          },
        ],
      );
    }
    if (journey.status !== 'active') throw invalid('body.journeyId', 'is archived; pick an active journey');
    return enrolOrganisation(tx, ctx, { organisation, journey, startedById: actor.userId, now });
  });
}

/** The active journey that fits a partner's types and tier best, or null when none does. */
export async function fittingJourney(tx: Transaction, organisation: typeof organisations.$inferSelect) {
  const journeys = await tx
    .select()
    .from(onboardingJourneys)
    .where(
      and(
        eq(onboardingJourneys.workspaceId, organisation.workspaceId),
        eq(onboardingJourneys.status, 'active'),
      ),
    );
  return pickJourney(journeys, organisation);
}
