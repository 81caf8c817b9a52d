import { and, desc, eq, lt, or, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { decodeCursor, type PageQuery, toPage } from '../../platform/http/pagination.ts';
import { findPartnerApplication } from './find-partner-application.ts';
import { type listApplicationsQuery, presentApplication } from './schemas.ts';
import { findSimilarPartners } from './similar-partners.ts';
import { partnerApplications } from './tables.ts';

/**
 * Applications newest first, or best fit first. Both orders are keyset-paginated: the cursor is
 * the last application's id, and for the score order its score is read back from that row.
 */
export async function listPartnerApplications({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: PageQuery & z.infer<typeof listApplicationsQuery>;
}) {
  const actor = assertActorCan(ctx, 'recruitment:manage');
  const after = decodeCursor(input.cursor);
  return withTransaction(ctx, async (tx) => {
    const table = partnerApplications;
    const afterCursor = !after
      ? undefined
      : input.sort === 'score'
        ? or(
            lt(table.fitScore, sql`(SELECT fit_score FROM partner_applications WHERE id = ${after})`),
            and(
              eq(table.fitScore, sql`(SELECT fit_score FROM partner_applications WHERE id = ${after})`),
              lt(table.id, after),
            ),
          )
        : lt(table.id, after);
    const rows = await tx
      .select()
      .from(table)
      .where(
        and(
          eq(table.workspaceId, actor.workspaceId),
          input.status ? eq(table.status, input.status) : undefined,
          afterCursor,
        ),
      )
      .orderBy(...(input.sort === 'score' ? [desc(table.fitScore), desc(table.id)] : [desc(table.id)]))
      .limit(input.limit + 1);
    return toPage(rows, input.limit, presentApplication);
  });
}

/** One application with everything the reviewer needs, including possible duplicates. */
export async function getPartnerApplication({ ctx, id }: { ctx: Ctx; id: string }) {
  const actor = assertActorCan(ctx, 'recruitment:manage');
  return withTransaction(ctx, async (tx) => {
    const row = await findPartnerApplication(tx, actor.workspaceId, id);
    const similarPartners = await findSimilarPartners(tx, {
      workspaceId: actor.workspaceId,
      companyName: row.companyName,
      websiteDomain: row.websiteDomain,
      exceptOrganisationId: row.partnerOrganisationId,
    });
    return { ...presentApplication(row), similarPartners };
  });
}
