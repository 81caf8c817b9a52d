import { and, desc, eq, lt } from 'drizzle-orm';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { decodeCursor, type PageQuery, toPage } from '../../platform/http/pagination.ts';
import { findTemplate } from './find-agreement.ts';
import { presentVersion } from './schemas.ts';
import { agreementVersions } from './tables.ts';

/** Newest first, drafts included. */
export async function listAgreementVersions({
  ctx,
  templateId,
  input,
}: {
  ctx: Ctx;
  templateId: string;
  input: PageQuery;
}) {
  const actor = assertActorCan(ctx, 'agreements:manage');
  const after = decodeCursor(input.cursor);
  return withTransaction(ctx, async (tx) => {
    await findTemplate(tx, actor.workspaceId, templateId);
    const rows = await tx
      .select()
      .from(agreementVersions)
      .where(
        and(
          eq(agreementVersions.workspaceId, actor.workspaceId),
          eq(agreementVersions.templateId, templateId),
          after ? lt(agreementVersions.id, after) : undefined,
        ),
      )
      .orderBy(desc(agreementVersions.id))
      .limit(input.limit + 1);
    return toPage(rows, input.limit, presentVersion);
  });
}
