import { and, desc, eq, lt } from 'drizzle-orm';
import type { z } from 'zod';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { decodeCursor, type PageQuery, toPage } from '../../platform/http/pagination.ts';
import { findTemplate } from './find-agreement.ts';
import { type listTemplatesQuery, presentTemplate } from './schemas.ts';
import { agreementTemplates } from './tables.ts';

export async function listAgreementTemplates({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: PageQuery & z.infer<typeof listTemplatesQuery>;
}) {
  const actor = assertActorCan(ctx, 'agreements:manage');
  const after = decodeCursor(input.cursor);
  return withTransaction(ctx, async (tx) => {
    const rows = await tx
      .select()
      .from(agreementTemplates)
      .where(
        and(
          eq(agreementTemplates.workspaceId, actor.workspaceId),
          input.status ? eq(agreementTemplates.status, input.status) : undefined,
          after ? lt(agreementTemplates.id, after) : undefined,
        ),
      )
      .orderBy(desc(agreementTemplates.id))
      .limit(input.limit + 1);
    return toPage(rows, input.limit, presentTemplate);
  });
}

export async function getAgreementTemplate({ ctx, id }: { ctx: Ctx; id: string }) {
  const actor = assertActorCan(ctx, 'agreements:manage');
  return withTransaction(ctx, async (tx) => presentTemplate(await findTemplate(tx, actor.workspaceId, id)));
}
