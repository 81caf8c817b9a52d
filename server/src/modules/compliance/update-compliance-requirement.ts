import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { recordChange } from '../../platform/audit.ts';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { assertVersion } from '../../platform/http/concurrency.ts';
import { findRequirement } from './find-compliance.ts';
import { presentRequirement, type updateRequirementInput } from './schemas.ts';
import { complianceRequirements } from './tables.ts';

/**
 * Rewording or re-targeting a requirement. Submissions keep the expiry they were approved with;
 * a new validity applies to what is submitted from now on.
 */
export async function updateComplianceRequirement({
  ctx,
  id,
  input,
  expectedVersion,
  now,
}: {
  ctx: Ctx;
  id: string;
  input: z.infer<typeof updateRequirementInput>;
  expectedVersion: number | undefined;
  now: Date;
}) {
  const actor = assertActorCan(ctx, 'compliance:manage');
  return withTransaction(ctx, async (tx) => {
    const current = await findRequirement(tx, actor.workspaceId, id, { forUpdate: true });
    assertVersion('compliance requirement', current.version, expectedVersion);
    const { description, regions, partnerTypes, ...rest } = input;
    const [row] = await tx
      .update(complianceRequirements)
      .set({
        ...rest,
        ...(description !== undefined ? { description: description || null } : {}),
        ...(regions !== undefined ? { regions: [...new Set(regions)] } : {}),
        ...(partnerTypes !== undefined ? { partnerTypes: [...new Set(partnerTypes)] } : {}),
        version: current.version + 1,
        updatedAt: now,
      })
      .where(
        and(eq(complianceRequirements.workspaceId, actor.workspaceId), eq(complianceRequirements.id, id)),
      )
      .returning();
    const after = presentRequirement(row!);
    await recordChange(tx, ctx, {
      action: 'compliance_requirement.updated',
      entityType: 'compliance_requirement',
      entityId: id,
      organisationId: null,
      before: presentRequirement(current),
      after,
    });
    return after;
  });
}
