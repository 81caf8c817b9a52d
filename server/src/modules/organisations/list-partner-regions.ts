import { and, asc, count, eq, isNotNull } from 'drizzle-orm';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { organisations } from './tables.ts';

/**
 * The regions partners are in, with how many partners each, for the region pickers of filters and
 * settings: regions are free codes, so this is the list a person would otherwise have to recall.
 * Row-level security scopes it as it scopes partners: a regional manager gets their regions, a
 * partner its own.
 */
export async function listPartnerRegions({ ctx }: { ctx: Ctx }) {
  const actor = assertActorCan(ctx, 'organisations:read');
  return withTransaction(ctx, async (tx) => {
    const rows = await tx
      .select({ code: organisations.region, partners: count() })
      .from(organisations)
      .where(
        and(
          eq(organisations.workspaceId, actor.workspaceId),
          eq(organisations.kind, 'partner'),
          isNotNull(organisations.region),
        ),
      )
      .groupBy(organisations.region)
      .orderBy(asc(organisations.region));
    return { data: rows.map((row) => ({ code: row.code!, partners: row.partners })) };
  });
}
