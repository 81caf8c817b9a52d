import type { z } from 'zod';
import { recordChange } from '../../platform/audit.ts';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { newId } from '../../platform/ids.ts';
import { type createTemplateInput, presentTemplate } from './schemas.ts';
import { agreementTemplates } from './tables.ts';

export async function createAgreementTemplate({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: z.infer<typeof createTemplateInput>;
}) {
  const actor = assertActorCan(ctx, 'agreements:manage');
  return withTransaction(ctx, async (tx) => {
    const [row] = await tx
      .insert(agreementTemplates)
      .values({
        id: newId('agreementTemplate'),
        workspaceId: actor.workspaceId,
        name: input.name,
        description: input.description || null,
        regions: [...new Set(input.regions)],
        partnerTypes: [...new Set(input.partnerTypes)],
        isMandatory: input.isMandatory,
      })
      .returning();
    const created = presentTemplate(row!);
    await recordChange(tx, ctx, {
      action: 'agreement.template_created',
      entityType: 'agreement_template',
      entityId: created.id,
      organisationId: null,
      after: created,
    });
    return created;
  });
}
