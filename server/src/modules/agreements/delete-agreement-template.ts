import { and, eq, isNotNull } from 'drizzle-orm';
import { recordChange } from '../../platform/audit.ts';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { DomainError } from '../../platform/errors.ts';
import { assertVersion } from '../../platform/http/concurrency.ts';
import { findTemplate } from './find-agreement.ts';
import { presentTemplate } from './schemas.ts';
import { agreementTemplates, agreementVersions } from './tables.ts';

/**
 * Only a template nobody could have accepted (no published version) may go, with its drafts;
 * once published it is evidence behind acceptances and can only be archived.
 */
export async function deleteAgreementTemplate({
  ctx,
  id,
  expectedVersion,
}: {
  ctx: Ctx;
  id: string;
  expectedVersion: number | undefined;
}) {
  const actor = assertActorCan(ctx, 'agreements:manage');
  await withTransaction(ctx, async (tx) => {
    const current = await findTemplate(tx, actor.workspaceId, id, { forUpdate: true });
    assertVersion('agreement template', current.version, expectedVersion);
    const inTemplate = and(
      eq(agreementVersions.workspaceId, actor.workspaceId),
      eq(agreementVersions.templateId, id),
    );
    const [published] = await tx
      .select({ id: agreementVersions.id })
      .from(agreementVersions)
      .where(and(inTemplate, isNotNull(agreementVersions.publishedAt)))
      .limit(1);
    if (published) {
      throw new DomainError(
        'conflict',
        'agreement_template_published',
        'This agreement has a published version partners may have accepted, so it cannot be deleted. Archive it instead.',
      );
    }
    await tx.delete(agreementVersions).where(inTemplate);
    await tx
      .delete(agreementTemplates)
      .where(and(eq(agreementTemplates.workspaceId, actor.workspaceId), eq(agreementTemplates.id, id)));
    await recordChange(tx, ctx, {
      action: 'agreement.template_deleted',
      entityType: 'agreement_template',
      entityId: id,
      organisationId: null,
      before: presentTemplate(current),
    });
  });
}
