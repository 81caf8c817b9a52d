import { eq } from 'drizzle-orm';
import { recordChange } from '../../platform/audit.ts';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { loadDealRegistrationDetail } from './get-deal-registration.ts';
import { lockOpenApproval, registrationSummary } from './open-approval.ts';
import { dealRegistrationApprovals, dealRegistrations } from './tables.ts';

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
    const [row] = await tx
      .update(dealRegistrations)
      .set({
        status: 'more_info_requested',
        approvalDueAt: null,
        decisionReason: input.question,
        lastActivityAt: now,
        version: registration.version + 1,
        updatedAt: now,
      })
      .where(eq(dealRegistrations.id, id))
      .returning();
    await recordChange(tx, ctx, {
      action: 'deal_registration.more_info_requested',
      entityType: 'deal_registration',
      entityId: id,
      organisationId: registration.organisationId,
      before: registrationSummary(registration),
      after: { ...registrationSummary(row!), question: input.question },
    });
    return loadDealRegistrationDetail(tx, ctx, id);
  });
}
