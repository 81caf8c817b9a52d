import { and, desc, eq, lt } from 'drizzle-orm';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { decodeCursor, type PageQuery, toPage } from '../../platform/http/pagination.ts';
import { findRequirement } from './find-compliance.ts';
import { presentRequirement } from './schemas.ts';
import { complianceRequirements } from './tables.ts';

export async function listComplianceRequirements({ ctx, input }: { ctx: Ctx; input: PageQuery }) {
  const actor = assertActorCan(ctx, 'compliance:read');
  const after = decodeCursor(input.cursor);
  return withTransaction(ctx, async (tx) => {
    const rows = await tx
      .select()
      .from(complianceRequirements)
      .where(
        and(
          eq(complianceRequirements.workspaceId, actor.workspaceId),
          after ? lt(complianceRequirements.id, after) : undefined,
        ),
      )
      .orderBy(desc(complianceRequirements.id))
      .limit(input.limit + 1);
    return toPage(rows, input.limit, presentRequirement);
  });
}

export async function getComplianceRequirement({ ctx, id }: { ctx: Ctx; id: string }) {
  const actor = assertActorCan(ctx, 'compliance:read');
  return withTransaction(ctx, async (tx) =>
    presentRequirement(await findRequirement(tx, actor.workspaceId, id)),
  );
}
