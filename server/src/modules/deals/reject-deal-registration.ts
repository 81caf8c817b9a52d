import { eq } from 'drizzle-orm';
import { recordChange } from '../../platform/audit.ts';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { loadDealRegistrationDetail } from './get-deal-registration.ts';
import { lockOpenApproval, registrationSummary } from './open-approval.ts';
import { dealRegistrationApprovals, dealRegistrations } from './tables.ts';

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
    const [row] = await tx
      .update(dealRegistrations)
      .set({
        status: 'rejected',
        approvalLevel: null,
        approvalDueAt: null,
        decidedAt: now,
        decidedById: actor.userId,
        decisionReason: input.reason,
        lastActivityAt: now,
        version: registration.version + 1,
        updatedAt: now,
      })
      .where(eq(dealRegistrations.id, id))
      .returning();
    await recordChange(tx, ctx, {
      action: 'deal_registration.rejected',
      entityType: 'deal_registration',
      entityId: id,
      organisationId: registration.organisationId,
      before: registrationSummary(registration),
      after: { ...registrationSummary(row!), isAutomatic: false, reason: input.reason },
    });
    return loadDealRegistrationDetail(tx, ctx, id);
  });
}
