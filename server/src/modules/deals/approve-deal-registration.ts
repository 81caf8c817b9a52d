import { eq } from 'drizzle-orm';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { newId } from '../../platform/ids.ts';
import { approvalDueAt, approvalLevelsFor, protectionEndsAt } from './approval-routing.ts';
import { changeDealRegistration } from './change-deal-registration.ts';
import { loadDealSettings } from './deal-settings.ts';
import { loadDealRegistrationDetail } from './get-deal-registration.ts';
import { lockOpenApproval } from './open-approval.ts';
import { dealRegistrationApprovals } from './tables.ts';

/**
 * An approver approves the level waiting on them. When the programme puts a further level on a
 * registration of this amount and region, it moves there with that level's SLA; after the last
 * level the registration is approved and the partner's protection window starts.
 */
export async function approveDealRegistration({
  ctx,
  id,
  input,
  expectedVersion,
  now,
}: {
  ctx: Ctx;
  id: string;
  input: { note?: string | undefined };
  expectedVersion?: number | undefined;
  now: Date;
}) {
  const actor = assertActorCan(ctx, 'deals:approve');
  return withTransaction(ctx, async (tx) => {
    const { registration, approval } = await lockOpenApproval(tx, actor, id, expectedVersion);
    const settings = await loadDealSettings(tx, actor.workspaceId);
    const next = approvalLevelsFor(settings, registration)[approval.level];

    await tx
      .update(dealRegistrationApprovals)
      .set({ decision: 'approved', decidedById: actor.userId, decidedAt: now, reason: input.note ?? null })
      .where(eq(dealRegistrationApprovals.id, approval.id));

    if (next) {
      const dueAt = approvalDueAt(next, now);
      await tx.insert(dealRegistrationApprovals).values({
        id: newId('dealApproval'),
        workspaceId: registration.workspaceId,
        organisationId: registration.organisationId,
        registrationId: id,
        level: approval.level + 1,
        role: next.role,
        dueAt,
      });
      await changeDealRegistration(tx, ctx, {
        registration,
        set: { approvalLevel: approval.level + 1, approvalDueAt: dueAt },
        action: 'deal_registration.level_approved',
        now,
        details: { approvedLevel: approval.level, nextRole: next.role },
      });
    } else {
      await changeDealRegistration(tx, ctx, {
        registration,
        set: {
          status: 'approved',
          approvalLevel: null,
          approvalDueAt: null,
          decidedAt: now,
          decidedById: actor.userId,
          decisionReason: input.note ?? null,
          protectionEndsAt: protectionEndsAt(settings, now),
        },
        action: 'deal_registration.approved',
        now,
        details: { isAutomatic: false },
      });
    }
    return loadDealRegistrationDetail(tx, ctx, id);
  });
}
