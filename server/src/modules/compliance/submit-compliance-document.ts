import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { recordChange } from '../../platform/audit.ts';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { forbidden, invalid, notFound } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { appliesTo } from '../agreements/applicability.ts';
import { organisations } from '../organisations/tables.ts';
import { addMonths, dayOf } from './compliance-dates.ts';
import { type DocumentFile, parseDocumentFile } from './document-file.ts';
import { documentColumns, findRequirement } from './find-compliance.ts';
import { presentDocument, type submitDocumentInput } from './schemas.ts';
import { complianceDocuments } from './tables.ts';

/**
 * A partner hands in a document (or, where none is needed, attests) for a requirement that
 * applies to it. It replaces a submission still waiting for review; an approved one stays valid
 * until the new one is approved.
 */
export async function submitComplianceDocument({
  ctx,
  input,
  now,
}: {
  ctx: Ctx;
  input: z.infer<typeof submitDocumentInput>;
  now: Date;
}) {
  const actor = assertActorCan(ctx, 'compliance:submit');
  if (actor.organisationKind !== 'partner') {
    throw forbidden('Partners submit their own compliance documents; review them instead.');
  }
  const file = input.file === undefined ? null : parseDocumentFile(input.file);
  if (file && !input.fileName) throw invalid('body.fileName', 'name the file you upload');
  return withTransaction(ctx, async (tx) => {
    const [partner] = await tx.select().from(organisations).where(eq(organisations.id, actor.organisationId));
    const requirement = await findRequirement(tx, actor.workspaceId, input.requirementId);
    // A requirement for other partners looks absent, like one of another workspace.
    if (!partner || !appliesTo(requirement, partner)) throw notFound('compliance_requirement');
    if (requirement.isDocumentRequired && !file) {
      throw invalid('body.file', 'this requirement needs a document: upload a PDF, PNG or JPEG');
    }
    const issuedOn = input.issuedOn ?? dayOf(now);
    const expiresOn =
      input.expiresOn ??
      (requirement.validityMonths ? addMonths(issuedOn, requirement.validityMonths) : null);
    if (expiresOn !== null && expiresOn <= issuedOn) {
      throw invalid('body.expiresOn', 'must be after the issue date');
    }
    const pending = and(
      eq(complianceDocuments.workspaceId, actor.workspaceId),
      eq(complianceDocuments.organisationId, actor.organisationId),
      eq(complianceDocuments.requirementId, requirement.id),
      eq(complianceDocuments.status, 'submitted'),
    );
    const superseded = await tx
      .update(complianceDocuments)
      .set({ status: 'superseded', version: sql`${complianceDocuments.version} + 1` })
      .where(pending)
      .returning({ id: complianceDocuments.id });
    const [row] = await tx
      .insert(complianceDocuments)
      .values({
        id: newId('complianceDocument'),
        workspaceId: actor.workspaceId,
        organisationId: actor.organisationId,
        requirementId: requirement.id,
        status: 'submitted',
        ...fileColumns(file, input.fileName),
        issuedOn,
        expiresOn,
        submittedById: actor.userId,
        submittedAt: now,
      })
      .returning(documentColumns);
    const submitted = presentDocument(row!);
    await recordChange(tx, ctx, {
      action: 'compliance_document.submitted',
      entityType: 'compliance_document',
      entityId: submitted.id,
      organisationId: actor.organisationId,
      after: {
        ...submitted,
        requirementName: requirement.name,
        organisationName: partner.name,
        supersededIds: superseded.map((document) => document.id),
      },
    });
    return submitted;
  });
}

function fileColumns(file: DocumentFile | null, fileName: string | undefined) {
  if (!file) return {};
  return {
    fileName: fileName ?? null,
    contentType: file.contentType,
    sizeBytes: file.bytes.length,
    content: file.bytes,
    sha256: file.sha256,
  };
}
