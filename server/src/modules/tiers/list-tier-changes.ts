import { and, desc, eq, lt } from 'drizzle-orm';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { decodeCursor, type PageQuery, toPage } from '../../platform/http/pagination.ts';
import { findPartner } from './get-partner-tier-status.ts';
import { presentTierChange } from './schemas.ts';
import { partnerTierChanges } from './tables.ts';

/** A partner's tier history, newest first; partners read their own. */
export async function listTierChanges({
  ctx,
  organisationId,
  input,
}: {
  ctx: Ctx;
  organisationId: string;
  input: PageQuery;
}) {
  const actor = assertActorCan(ctx, 'organisations:read');
  const after = decodeCursor(input.cursor);
  return withTransaction(ctx, async (tx) => {
    await findPartner(tx, actor.workspaceId, organisationId);
    const rows = await tx
      .select()
      .from(partnerTierChanges)
      .where(
        and(
          eq(partnerTierChanges.workspaceId, actor.workspaceId),
          eq(partnerTierChanges.organisationId, organisationId),
          after ? lt(partnerTierChanges.id, after) : undefined,
        ),
      )
      .orderBy(desc(partnerTierChanges.id))
      .limit(input.limit + 1);
    return toPage(rows, input.limit, presentTierChange);
  });
}
