import { and, desc, eq, lt } from 'drizzle-orm';
import type { z } from 'zod';
import { assertActorCan, type Ctx, requireUser, withTransaction } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { decodeCursor, type PageQuery, toPage } from '../../platform/http/pagination.ts';
import { documentColumns } from './find-compliance.ts';
import { assertMayReadCompliance } from './read-access.ts';
import { type listDocumentsQuery, presentDocument } from './schemas.ts';
import { complianceDocuments } from './tables.ts';

/** Submissions newest first, history included: a partner's own; every visible partner's for vendors. */
export async function listComplianceDocuments({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: PageQuery & z.infer<typeof listDocumentsQuery>;
}) {
  const actor = assertMayReadCompliance(ctx);
  const after = decodeCursor(input.cursor);
  const organisationId = actor.organisationKind === 'partner' ? actor.organisationId : input.organisationId;
  return withTransaction(ctx, async (tx) => {
    const rows = await tx
      .select(documentColumns)
      .from(complianceDocuments)
      .where(
        and(
          eq(complianceDocuments.workspaceId, actor.workspaceId),
          organisationId ? eq(complianceDocuments.organisationId, organisationId) : undefined,
          input.requirementId ? eq(complianceDocuments.requirementId, input.requirementId) : undefined,
          input.status ? eq(complianceDocuments.status, input.status) : undefined,
          after ? lt(complianceDocuments.id, after) : undefined,
        ),
      )
      .orderBy(desc(complianceDocuments.id))
      .limit(input.limit + 1);
    return toPage(rows, input.limit, presentDocument);
  });
}

/**
 * The stored file, byte for byte, for its own partner and vendor reviewers; another partner's
 * looks absent (row-level security); on the vendor's side only reviewers (compliance:manage).
 */
export async function getComplianceDocumentFile({ ctx, id }: { ctx: Ctx; id: string }) {
  const actor = requireUser(ctx);
  assertActorCan(ctx, actor.organisationKind === 'partner' ? 'compliance:submit' : 'compliance:manage');
  return withTransaction(ctx, async (tx) => {
    const [row] = await tx
      .select({
        content: complianceDocuments.content,
        contentType: complianceDocuments.contentType,
        fileName: complianceDocuments.fileName,
        sha256: complianceDocuments.sha256,
      })
      .from(complianceDocuments)
      .where(and(eq(complianceDocuments.workspaceId, actor.workspaceId), eq(complianceDocuments.id, id)));
    if (!row) throw notFound('compliance_document');
    if (!row.content || !row.contentType || !row.sha256) throw notFound('compliance_document_file');
    return {
      bytes: row.content,
      contentType: row.contentType,
      fileName: row.fileName ?? id,
      sha256: row.sha256,
    };
  });
}
