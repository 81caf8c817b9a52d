import { and, eq, isNull } from 'drizzle-orm';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { DomainError, forbidden } from '../../platform/errors.ts';
import { changeDealRegistration } from './change-deal-registration.ts';
import { findDealRegistration, loadDealRegistrationDetail } from './get-deal-registration.ts';
import { PARTNERS_ONLY } from './register-deal.ts';
import { dealRegistrationApprovals, dealRegistrationExtensions } from './tables.ts';

const WITHDRAWABLE = ['pending_approval', 'more_info_requested', 'approved'];

/**
 * The partner gives up its claim (the customer went elsewhere, or it registered by mistake). The
 * customer is free again at once: a withdrawn registration no longer collides with new ones.
 */
export async function withdrawDealRegistration({
  ctx,
  id,
  input,
  now,
}: {
  ctx: Ctx;
  id: string;
  input: { reason?: string | undefined };
  now: Date;
}) {
  const actor = assertActorCan(ctx, 'deals:register');
  if (actor.organisationKind !== 'partner') throw forbidden(PARTNERS_ONLY);
  return withTransaction(ctx, async (tx) => {
    const registration = await findDealRegistration(tx, id, { forUpdate: true });
    if (!WITHDRAWABLE.includes(registration.status)) {
      throw new DomainError(
        'conflict',
        'not_withdrawable',
        'Only a registration that is waiting for approval or approved can be withdrawn.',
      );
    }
    // Whatever was waiting on an approver or on the vendor is moot now.
    await tx
      .update(dealRegistrationApprovals)
      .set({ decidedAt: now, reason: 'Withdrawn by the partner' })
      .where(
        and(eq(dealRegistrationApprovals.registrationId, id), isNull(dealRegistrationApprovals.decidedAt)),
      );
    await tx
      .update(dealRegistrationExtensions)
      .set({ status: 'rejected', decidedAt: now, decisionNote: 'Withdrawn by the partner' })
      .where(
        and(
          eq(dealRegistrationExtensions.registrationId, id),
          eq(dealRegistrationExtensions.status, 'pending'),
        ),
      );
    await changeDealRegistration(tx, ctx, {
      registration,
      set: { status: 'withdrawn', approvalLevel: null, approvalDueAt: null },
      action: 'deal_registration.withdrawn',
      now,
      details: { reason: input.reason ?? null },
    });
    return loadDealRegistrationDetail(tx, ctx, id);
  });
}
