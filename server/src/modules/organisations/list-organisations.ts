import { and, desc, eq, getTableColumns, lt } from 'drizzle-orm';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { decodeCursor, type PageQuery, toPage } from '../../platform/http/pagination.ts';
import { type OrganisationFilters, organisationFilterConditions } from './organisation-filters.ts';
import { partnerManagerOf } from './partner-managers.ts';
import { presentOrganisation } from './schemas.ts';
import { organisations } from './tables.ts';

type Input = PageQuery & OrganisationFilters;

export async function listOrganisations({ ctx, input }: { ctx: Ctx; input: Input }) {
  const actor = assertActorCan(ctx, 'organisations:read');
  const after = decodeCursor(input.cursor);
  return withTransaction(ctx, async (tx) => {
    const rows = await tx
      .select({
        ...getTableColumns(organisations),
        partnerManager: partnerManagerOf(organisations.partnerManagerId),
      })
      .from(organisations)
      .where(
        and(
          eq(organisations.workspaceId, actor.workspaceId),
          after ? lt(organisations.id, after) : undefined,
          ...organisationFilterConditions(input),
        ),
      )
      .orderBy(desc(organisations.id))
      .limit(input.limit + 1);
    return toPage(rows, input.limit, (row) => presentOrganisation(row, row.partnerManager));
  });
}
