import { and, desc, eq, getTableColumns, lt } from 'drizzle-orm';
import type { z } from 'zod';
import {
  assertActorCan,
  type Ctx,
  requireUser,
  type UserActor,
  withTransaction,
} from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { decodeCursor, type PageQuery, toPage } from '../../platform/http/pagination.ts';
import { organisations } from '../organisations/tables.ts';
import { type listAcceptancesQuery, presentAcceptance } from './schemas.ts';
import { agreementAcceptances, agreementTemplates, agreementVersions } from './tables.ts';

const { pdf: _pdf, ...withoutPdf } = getTableColumns(agreementAcceptances);

/** Partners see their own organisation's acceptances; vendor staff need agreements:manage. */
function assertMayRead(ctx: Ctx): UserActor {
  const actor = requireUser(ctx);
  return actor.organisationKind === 'partner' ? actor : assertActorCan(ctx, 'agreements:manage');
}

export async function listAgreementAcceptances({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: PageQuery & z.infer<typeof listAcceptancesQuery>;
}) {
  const actor = assertMayRead(ctx);
  const after = decodeCursor(input.cursor);
  const organisationId = actor.organisationKind === 'partner' ? actor.organisationId : input.organisationId;
  return withTransaction(ctx, async (tx) => {
    const rows = await tx
      .select({
        ...withoutPdf,
        organisationName: organisations.name,
        templateName: agreementTemplates.name,
        versionNumber: agreementVersions.number,
        versionTitle: agreementVersions.title,
      })
      .from(agreementAcceptances)
      .innerJoin(organisations, eq(organisations.id, agreementAcceptances.organisationId))
      .innerJoin(agreementTemplates, eq(agreementTemplates.id, agreementAcceptances.templateId))
      .innerJoin(agreementVersions, eq(agreementVersions.id, agreementAcceptances.versionId))
      .where(
        and(
          eq(agreementAcceptances.workspaceId, actor.workspaceId),
          organisationId ? eq(agreementAcceptances.organisationId, organisationId) : undefined,
          input.templateId ? eq(agreementAcceptances.templateId, input.templateId) : undefined,
          input.versionId ? eq(agreementAcceptances.versionId, input.versionId) : undefined,
          after ? lt(agreementAcceptances.id, after) : undefined,
        ),
      )
      .orderBy(desc(agreementAcceptances.id))
      .limit(input.limit + 1);
    return toPage(
      rows,
      input.limit,
      ({ organisationName, templateName, versionNumber, versionTitle, ...row }) =>
        presentAcceptance(row, { organisationName, templateName, versionNumber, versionTitle }),
    );
  });
}

/** The stored PDF, byte for byte; another partner's acceptance looks absent. */
export async function getAcceptancePdf({ ctx, id }: { ctx: Ctx; id: string }) {
  const actor = assertMayRead(ctx);
  return withTransaction(ctx, async (tx) => {
    const [row] = await tx
      .select({ pdf: agreementAcceptances.pdf, pdfSha256: agreementAcceptances.pdfSha256 })
      .from(agreementAcceptances)
      .where(and(eq(agreementAcceptances.workspaceId, actor.workspaceId), eq(agreementAcceptances.id, id)));
    if (!row) throw notFound('agreement_acceptance');
    return row;
  });
}
