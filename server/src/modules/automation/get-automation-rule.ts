import { and, eq } from 'drizzle-orm';
import { assertActorCan, type Ctx, type UserActor, withTransaction } from '../../platform/context.ts';
import type { Transaction } from '../../platform/db/connection.ts';
import { oneOrNotFound } from '../../platform/db/one-or-not-found.ts';
import { presentAutomationRule } from './schemas.ts';
import { automationRules } from './tables.ts';

/**
 * A rule of the caller's own organisation (the vendor's); anything else looks absent. Updates pass
 * `forUpdate` so the version they check cannot change before they write.
 */
export async function findOwnAutomationRule(
  tx: Transaction,
  actor: UserActor,
  id: string,
  { forUpdate = false } = {},
) {
  const query = tx
    .select()
    .from(automationRules)
    .where(
      and(
        eq(automationRules.workspaceId, actor.workspaceId),
        eq(automationRules.organisationId, actor.organisationId),
        eq(automationRules.id, id),
      ),
    );
  return oneOrNotFound(query, 'automation_rule', { forUpdate });
}

export async function getAutomationRule({ ctx, id }: { ctx: Ctx; id: string }) {
  const actor = assertActorCan(ctx, 'automation:manage');
  return withTransaction(ctx, async (tx) =>
    presentAutomationRule(await findOwnAutomationRule(tx, actor, id)),
  );
}
