import { and, eq } from 'drizzle-orm';
import type { Transaction } from '../../platform/db/connection.ts';
import { oneOrNotFound } from '../../platform/db/one-or-not-found.ts';
import { onboardingEnrolmentSteps, onboardingJourneys } from './tables.ts';

export async function findJourney(
  tx: Transaction,
  workspaceId: string,
  id: string,
  { forUpdate = false } = {},
) {
  const query = tx
    .select()
    .from(onboardingJourneys)
    .where(and(eq(onboardingJourneys.workspaceId, workspaceId), eq(onboardingJourneys.id, id)));
  return oneOrNotFound(query, 'onboarding_journey', { forUpdate });
}

/** Row-level security hides other partners' steps: they answer 404 like absent ones. */
export async function findEnrolmentStep(
  tx: Transaction,
  workspaceId: string,
  id: string,
  { forUpdate = false } = {},
) {
  const query = tx
    .select()
    .from(onboardingEnrolmentSteps)
    .where(and(eq(onboardingEnrolmentSteps.workspaceId, workspaceId), eq(onboardingEnrolmentSteps.id, id)));
  return oneOrNotFound(query, 'onboarding_step', { forUpdate });
}
