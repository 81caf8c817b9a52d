import { type Ctx, requireUser, withTransaction } from '../../platform/context.ts';
import type { Page } from '../../platform/http/pagination.ts';
import { applicableAgreements } from './applicable-agreements.ts';
import { presentTemplate, presentVersion } from './schemas.ts';

/**
 * What the caller's organisation still has to accept. Vendor staff accept nothing, so theirs is
 * empty. The list is short by nature (one entry per agreement), hence a single page.
 */
export async function listPendingAgreements({ ctx }: { ctx: Ctx }) {
  const actor = requireUser(ctx);
  return withTransaction(ctx, async (tx) => {
    const agreements = await applicableAgreements(tx, {
      workspaceId: actor.workspaceId,
      organisationId: actor.organisationId,
    });
    const page = {
      data: agreements
        .filter((agreement) => !agreement.isAccepted)
        .map((agreement) => ({
          template: presentTemplate(agreement.template),
          version: presentVersion(agreement.version),
          hasAcceptedEarlierVersion: agreement.hasAcceptedEarlierVersion,
        })),
      nextCursor: null,
    } satisfies Page<unknown>;
    return page;
  });
}
