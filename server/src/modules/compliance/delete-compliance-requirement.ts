import { and, eq } from 'drizzle-orm';
import { recordChange } from '../../platform/audit.ts';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { DomainError } from '../../platform/errors.ts';
import { assertVersion } from '../../platform/http/concurrency.ts';
import { findRequirement } from './find-compliance.ts';
import { presentRequirement } from './schemas.ts';
import { complianceDocuments, complianceRequirements } from './tables.ts';

/**
 * Only a requirement nobody has submitted against may go: submissions are evidence. Otherwise
 * make it optional, or narrow its audience.
 */
export async function deleteComplianceRequirement({
  ctx,
  id,
  expectedVersion,
}: {
  ctx: Ctx;
  id: string;
  expectedVersion: number | undefined;
}) {
  const actor = assertActorCan(ctx, 'compliance:manage');
  await withTransaction(ctx, async (tx) => {
    const current = await findRequirement(tx, actor.workspaceId, id, { forUpdate: true });
    assertVersion('compliance requirement', current.version, expectedVersion);
    const [submitted] = await tx
      .select({ id: complianceDocuments.id })
      .from(complianceDocuments)
      .where(
        and(
          eq(complianceDocuments.workspaceId, actor.workspaceId),
          eq(complianceDocuments.requirementId, id),
        ),
      )
      .limit(1);
    if (submitted) {
      throw new DomainError(
        'conflict',
        'compliance_requirement_in_use',
        'Partners have submitted documents for this requirement, so it cannot be deleted. Make it optional instead.',
      );
    }
    await tx
      .delete(complianceRequirements)
      .where(
        and(eq(complianceRequirements.workspaceId, actor.workspaceId), eq(complianceRequirements.id, id)),
      );
    await recordChange(tx, ctx, {
      action: 'compliance_requirement.deleted',
      entityType: 'compliance_requirement',
      entityId: id,
      organisationId: null,
      before: presentRequirement(current),
    });
  });
}
