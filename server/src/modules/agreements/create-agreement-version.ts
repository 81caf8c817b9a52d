import { and, desc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { recordChange } from '../../platform/audit.ts';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { DomainError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { findTemplate } from './find-agreement.ts';
import { type createVersionInput, presentVersion } from './schemas.ts';
import { agreementVersions } from './tables.ts';

/** A new draft, numbered after the last version; one draft at a time, so nobody edits two. */
export async function createAgreementVersion({
  ctx,
  templateId,
  input,
}: {
  ctx: Ctx;
  templateId: string;
  input: z.infer<typeof createVersionInput>;
}) {
  const actor = assertActorCan(ctx, 'agreements:manage');
  return withTransaction(ctx, async (tx) => {
    // Locking the template serialises numbering: two drafts can never get the same number.
    const template = await findTemplate(tx, actor.workspaceId, templateId, { forUpdate: true });
    if (template.status === 'archived') {
      throw new DomainError(
        'conflict',
        'agreement_template_archived',
        'This agreement is archived; make it active again before writing a new version.',
      );
    }
    const [last] = await tx
      .select()
      .from(agreementVersions)
      .where(
        and(
          eq(agreementVersions.workspaceId, actor.workspaceId),
          eq(agreementVersions.templateId, templateId),
        ),
      )
      .orderBy(desc(agreementVersions.number))
      .limit(1);
    if (last && !last.publishedAt) {
      throw new DomainError(
        'conflict',
        'agreement_draft_exists',
        `Version ${last.number} is still a draft; edit or publish it before starting another.`,
      );
    }
    const [row] = await tx
      .insert(agreementVersions)
      .values({
        id: newId('agreementVersion'),
        workspaceId: actor.workspaceId,
        templateId,
        number: (last?.number ?? 0) + 1,
        title: input.title,
        body: input.body,
        createdById: actor.userId,
      })
      .returning();
    const created = presentVersion(row!);
    await recordChange(tx, ctx, {
      action: 'agreement.version_created',
      entityType: 'agreement_version',
      entityId: created.id,
      organisationId: null,
      after: created,
    });
    return created;
  });
}
