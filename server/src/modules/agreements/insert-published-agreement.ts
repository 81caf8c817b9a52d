import { recordChange } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import type { Transaction } from '../../platform/db/connection.ts';
import { newId } from '../../platform/ids.ts';
import { presentTemplate, presentVersion } from './schemas.ts';
import { agreementTemplates, agreementVersions } from './tables.ts';

/**
 * An agreement for every partner with its first version already published, for seeding a
 * workspace (the caller is a system actor, so no permission applies).
 */
export async function insertPublishedAgreement(
  tx: Transaction,
  ctx: Ctx,
  {
    name,
    description,
    title,
    body,
    now,
  }: { name: string; description: string; title: string; body: string; now: Date },
) {
  const [template] = await tx
    .insert(agreementTemplates)
    .values({ id: newId('agreementTemplate'), workspaceId: ctx.actor.workspaceId, name, description })
    .returning();
  await recordChange(tx, ctx, {
    action: 'agreement.template_created',
    entityType: 'agreement_template',
    entityId: template!.id,
    organisationId: null,
    after: presentTemplate(template!),
  });
  const [version] = await tx
    .insert(agreementVersions)
    .values({
      id: newId('agreementVersion'),
      workspaceId: ctx.actor.workspaceId,
      templateId: template!.id,
      number: 1,
      title,
      body,
      publishedAt: now,
    })
    .returning();
  await recordChange(tx, ctx, {
    action: 'agreement.version_published',
    entityType: 'agreement_version',
    entityId: version!.id,
    organisationId: null,
    after: presentVersion(version!),
  });
}
