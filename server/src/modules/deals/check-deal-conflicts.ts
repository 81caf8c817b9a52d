import type { z } from 'zod';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { forbidden } from '../../platform/errors.ts';
import { outcomeOf } from './conflict-rules.ts';
import { claimOf, findDealConflicts } from './find-deal-conflicts.ts';
import { PARTNERS_ONLY } from './register-deal.ts';
import type { checkDealConflictsInput, conflictCheckSchema } from './schemas.ts';

/**
 * The registration form's instant feedback: what a registration of this customer would collide
 * with, worded for the partner, without saving anything or taking the claim's lock.
 */
export async function checkDealConflicts({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: z.infer<typeof checkDealConflictsInput>;
}): Promise<z.infer<typeof conflictCheckSchema>> {
  const actor = assertActorCan(ctx, 'deals:register');
  if (actor.organisationKind !== 'partner') throw forbidden(PARTNERS_ONLY);
  const claim = claimOf(input, actor.organisationId);
  const matches = await withTransaction(ctx, (tx) => findDealConflicts(tx, claim));
  return {
    outcome: outcomeOf(matches),
    normalisedName: claim.normalisedName,
    customerDomain: claim.domain,
    conflicts: matches.map((match) => ({
      kind: match.kind,
      score: match.score,
      signals: match.signals,
      isBlocking: match.isBlocking,
      reason: match.reason,
    })),
  };
}
