import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { recordChange } from '../../platform/audit.ts';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { DomainError } from '../../platform/errors.ts';
import { findVersion } from './find-agreement.ts';
import { presentVersion, type updateVersionInput } from './schemas.ts';
import { agreementVersions } from './tables.ts';

export const publishedVersionIsFinal = (number: number) =>
  new DomainError(
    'conflict',
    'agreement_version_published',
    `Version ${number} is published and partners may have accepted its exact text; start a new version instead.`,
  );

/** Drafts only: a published version is what partners accepted and never changes. */
export async function updateAgreementVersion({
  ctx,
  id,
  input,
  now,
}: {
  ctx: Ctx;
  id: string;
  input: z.infer<typeof updateVersionInput>;
  now: Date;
}) {
  const actor = assertActorCan(ctx, 'agreements:manage');
  return withTransaction(ctx, async (tx) => {
    const current = await findVersion(tx, actor.workspaceId, id, { forUpdate: true });
    if (current.publishedAt) throw publishedVersionIsFinal(current.number);
    const [row] = await tx
      .update(agreementVersions)
      .set({ ...input, updatedAt: now })
      .where(and(eq(agreementVersions.workspaceId, actor.workspaceId), eq(agreementVersions.id, id)))
      .returning();
    const after = presentVersion(row!);
    await recordChange(tx, ctx, {
      action: 'agreement.version_updated',
      entityType: 'agreement_version',
      entityId: id,
      organisationId: null,
      before: presentVersion(current),
      after,
    });
    return after;
  });
}
