import { eq } from 'drizzle-orm';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { changeDealRegistration } from './change-deal-registration.ts';
import { loadDealRegistrationDetail } from './get-deal-registration.ts';
import { lockOpenApproval } from './open-approval.ts';
import { dealRegistrationApprovals } from './tables.ts';

/**
 * An approver asks the partner a question before deciding. The level's SLA stops while the
 * partner owes the answer: the approval row is closed with the question, and a fresh one opens
 * when the answer comes.
 */
export async function requestDealInformation({
  ctx,
  id,
  input,
  expectedVersion,
  now,
}: {
  ctx: Ctx;
  id: string;
  input: { question: string };
  expectedVersion?: number | undefined;
  now: Date;
}) {
  const actor = assertActorCan(ctx, 'deals:approve');
  return withTransaction(ctx, async (tx) => {
    const { registration, approval } = await lockOpenApproval(tx, actor, id, expectedVersion);
    await tx
      .update(dealRegistrationApprovals)
      .set({
        decision: 'more_info_requested',
        decidedById: actor.userId,
        decidedAt: now,
        reason: input.question,
      })
      .where(eq(dealRegistrationApprovals.id, approval.id));
    await changeDealRegistration(tx, ctx, {
      registration,
      set: { status: 'more_info_requested', approvalDueAt: null, decisionReason: input.question },
      action: 'deal_registration.more_info_requested',
      now,
      details: { question: input.question },
    });
    return loadDealRegistrationDetail(tx, ctx, id);
  });
}
