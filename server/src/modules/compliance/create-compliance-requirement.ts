import type { z } from 'zod';
import { recordChange } from '../../platform/audit.ts';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { newId } from '../../platform/ids.ts';
import { type createRequirementInput, presentRequirement } from './schemas.ts';
import { complianceRequirements } from './tables.ts';

export async function createComplianceRequirement({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: z.infer<typeof createRequirementInput>;
}) {
  const actor = assertActorCan(ctx, 'compliance:manage');
  return withTransaction(ctx, async (tx) => {
    const [row] = await tx
      .insert(complianceRequirements)
      .values({
        id: newId('complianceRequirement'),
        workspaceId: actor.workspaceId,
        name: input.name,
        description: input.description || null,
        regions: [...new Set(input.regions)],
        partnerTypes: [...new Set(input.partnerTypes)],
        isMandatory: input.isMandatory,
        isDocumentRequired: input.isDocumentRequired,
        validityMonths: input.validityMonths,
        reminderDaysBeforeExpiry: input.reminderDaysBeforeExpiry,
      })
      .returning();
    const created = presentRequirement(row!);
    await recordChange(tx, ctx, {
      action: 'compliance_requirement.created',
      entityType: 'compliance_requirement',
      entityId: created.id,
      organisationId: null,
      after: created,
    });
    return created;
  });
}
