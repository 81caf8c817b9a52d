import { and, eq, sql } from 'drizzle-orm';
import { recordChange } from '../../platform/audit.ts';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { DomainError } from '../../platform/errors.ts';
import { organisations } from '../organisations/tables.ts';
import { documentColumns, findDocument, findRequirement } from './find-compliance.ts';
import { presentDocument } from './schemas.ts';
import { complianceDocuments } from './tables.ts';

type Decision = { kind: 'approve' } | { kind: 'reject'; reason: string };

/**
 * A vendor reviewer decides on a submission waiting for review. Approving replaces the partner's
 * previously approved document for that requirement (kept as superseded history).
 */
export async function reviewComplianceDocument({
  ctx,
  id,
  decision,
  now,
}: {
  ctx: Ctx;
  id: string;
  decision: Decision;
  now: Date;
}) {
  const actor = assertActorCan(ctx, 'compliance:manage');
  return withTransaction(ctx, async (tx) => {
    const current = await findDocument(tx, actor.workspaceId, id, { forUpdate: true });
    if (current.status !== 'submitted') {
      throw new DomainError(
        'conflict',
        'compliance_document_not_pending',
        `This submission is ${current.status}, not waiting for review.`,
      );
    }
    const isApproving = decision.kind === 'approve';
    if (isApproving) {
      await tx
        .update(complianceDocuments)
        .set({ status: 'superseded', version: sql`${complianceDocuments.version} + 1` })
        .where(
          and(
            eq(complianceDocuments.workspaceId, actor.workspaceId),
            eq(complianceDocuments.organisationId, current.organisationId),
            eq(complianceDocuments.requirementId, current.requirementId),
            eq(complianceDocuments.status, 'approved'),
          ),
        );
    }
    const [row] = await tx
      .update(complianceDocuments)
      .set({
        status: isApproving ? 'approved' : 'rejected',
        reviewedById: actor.userId,
        reviewedAt: now,
        rejectionReason: decision.kind === 'reject' ? decision.reason : null,
        version: current.version + 1,
      })
      .where(and(eq(complianceDocuments.workspaceId, actor.workspaceId), eq(complianceDocuments.id, id)))
      .returning(documentColumns);
    const reviewed = presentDocument(row!);
    const requirement = await findRequirement(tx, actor.workspaceId, current.requirementId);
    const [partner] = await tx
      .select({ name: organisations.name })
      .from(organisations)
      .where(eq(organisations.id, current.organisationId));
    await recordChange(tx, ctx, {
      action: isApproving ? 'compliance_document.approved' : 'compliance_document.rejected',
      entityType: 'compliance_document',
      entityId: id,
      organisationId: current.organisationId,
      before: presentDocument(current),
      after: { ...reviewed, requirementName: requirement.name, organisationName: partner?.name ?? null },
    });
    return reviewed;
  });
}
