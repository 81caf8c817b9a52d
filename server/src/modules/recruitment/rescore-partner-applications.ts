import { and, eq } from 'drizzle-orm';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { findIdealPartnerProfile } from './find-ideal-partner-profile.ts';
import { presentProfile } from './schemas.ts';
import { scoreApplication } from './scoring.ts';
import { partnerApplications } from './tables.ts';

/**
 * Scores every open application again against the profile as it is now. A score is derived
 * data, like a search index: recomputing it is not an audited change and raises no events.
 * Decided applications keep the score they were decided on.
 */
export async function rescorePartnerApplications({ ctx, now }: { ctx: Ctx; now: Date }) {
  const actor = assertActorCan(ctx, 'recruitment:manage');
  return withTransaction(ctx, async (tx) => {
    const { criteria } = presentProfile(await findIdealPartnerProfile(tx, actor.workspaceId));
    const open = await tx
      .select()
      .from(partnerApplications)
      .where(
        and(eq(partnerApplications.workspaceId, actor.workspaceId), eq(partnerApplications.status, 'new')),
      )
      .for('update');
    for (const application of open) {
      const fit = scoreApplication(criteria, application);
      await tx
        .update(partnerApplications)
        .set({ fitScore: fit.score, scoreReasons: fit.reasons, scoredAt: now })
        .where(eq(partnerApplications.id, application.id));
    }
    return { rescored: open.length };
  });
}
