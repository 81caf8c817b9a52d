import { assertActorCan, type Ctx, requireUser, type UserActor } from '../../platform/context.ts';

/**
 * Partner people who handle compliance (admins, finance) read their own organisation's status and
 * submissions; vendor staff need compliance:read, and row-level security keeps a regional manager
 * to its regions and a partner to itself.
 */
export function assertMayReadCompliance(ctx: Ctx): UserActor {
  const actor = requireUser(ctx);
  return assertActorCan(ctx, actor.organisationKind === 'partner' ? 'compliance:submit' : 'compliance:read');
}
