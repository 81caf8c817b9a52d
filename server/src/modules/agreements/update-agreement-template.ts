import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { recordChange } from '../../platform/audit.ts';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { assertVersion } from '../../platform/http/concurrency.ts';
import { findTemplate } from './find-agreement.ts';
import { presentTemplate, type updateTemplateInput } from './schemas.ts';
import { agreementTemplates } from './tables.ts';

/** Rewording, re-targeting, or archiving (status) a template; archiving stops asking partners. */
export async function updateAgreementTemplate({
  ctx,
  id,
  input,
  expectedVersion,
  now,
}: {
  ctx: Ctx;
  id: string;
  input: z.infer<typeof updateTemplateInput>;
  expectedVersion: number | undefined;
  now: Date;
}) {
  const actor = assertActorCan(ctx, 'agreements:manage');
  return withTransaction(ctx, async (tx) => {
    const current = await findTemplate(tx, actor.workspaceId, id, { forUpdate: true });
    assertVersion('agreement template', current.version, expectedVersion);
    const [row] = await tx
      .update(agreementTemplates)
      .set({
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.description !== undefined ? { description: input.description || null } : {}),
        ...(input.regions !== undefined ? { regions: [...new Set(input.regions)] } : {}),
        ...(input.partnerTypes !== undefined ? { partnerTypes: [...new Set(input.partnerTypes)] } : {}),
        ...(input.isMandatory !== undefined ? { isMandatory: input.isMandatory } : {}),
        ...(input.status !== undefined ? { status: input.status } : {}),
        version: current.version + 1,
        updatedAt: now,
      })
      .where(and(eq(agreementTemplates.workspaceId, actor.workspaceId), eq(agreementTemplates.id, id)))
      .returning();
    const after = presentTemplate(row!);
    const isArchiving = input.status === 'archived' && current.status !== 'archived';
    await recordChange(tx, ctx, {
      action: isArchiving ? 'agreement.template_archived' : 'agreement.template_updated',
      entityType: 'agreement_template',
      entityId: id,
      organisationId: null,
      before: presentTemplate(current),
      after,
    });
    return after;
  });
}
