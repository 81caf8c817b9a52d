import { and, desc, eq, lt } from 'drizzle-orm';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { decodeCursor, type PageQuery, toPage } from '../../platform/http/pagination.ts';
import { presentPartnerImport } from './schemas.ts';
import { partnerImports } from './tables.ts';

export async function listPartnerImports({ ctx, input }: { ctx: Ctx; input: PageQuery }) {
  const actor = assertActorCan(ctx, 'partners:import');
  const after = decodeCursor(input.cursor);
  return withTransaction(ctx, async (tx) => {
    const rows = await tx
      .select()
      .from(partnerImports)
      .where(
        and(
          eq(partnerImports.workspaceId, actor.workspaceId),
          after ? lt(partnerImports.id, after) : undefined,
        ),
      )
      .orderBy(desc(partnerImports.id))
      .limit(input.limit + 1);
    return toPage(rows, input.limit, (row) => presentPartnerImport(row));
  });
}
