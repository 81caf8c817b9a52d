import { eq } from 'drizzle-orm';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { changeDealRegistration } from './change-deal-registration.ts';
import { loadDealRegistrationDetail } from './get-deal-registration.ts';
import { lockOpenApproval } from './open-approval.ts';
import { dealRegistrationApprovals } from './tables.ts';

/** An approver turns the registration down at their level; the partner reads the reason. */
export async function rejectDealRegistration({
  ctx,
  id,
  input,
  expectedVersion,
  now,
}: {
  ctx: Ctx;
  id: string;
  input: { reason: string };
  expectedVersion?: number | undefined;
  now: Date;
}) {
  const actor = assertActorCan(ctx, 'deals:approve');
  return withTransaction(ctx, async (tx) => {
    const { registration, approval } = await lockOpenApproval(tx, actor, id, expectedVersion);
    await tx
      .update(dealRegistrationApprovals)
      .set({ decision: 'rejected', decidedById: actor.userId, decidedAt: now, reason: input.reason })
      .where(eq(dealRegistrationApprovals.id, approval.id));
    await changeDealRegistration(tx, ctx, {
      registration,
      set: {
        status: 'rejected',
        approvalLevel: null,
        approvalDueAt: null,
        decidedAt: now,
        decidedById: actor.userId,
        decisionReason: input.reason,
      },
      action: 'deal_registration.rejected',
      now,
      details: { isAutomatic: false, reason: input.reason },
    });
    return loadDealRegistrationDetail(tx, ctx, id);
  });
}
