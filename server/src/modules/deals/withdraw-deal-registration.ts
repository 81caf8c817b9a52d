import { and, eq, isNull } from 'drizzle-orm';
import { recordChange } from '../../platform/audit.ts';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { DomainError, forbidden } from '../../platform/errors.ts';
import { findDealRegistration, loadDealRegistrationDetail } from './get-deal-registration.ts';
import { registrationSummary } from './open-approval.ts';
import { PARTNERS_ONLY } from './register-deal.ts';
import { dealRegistrationApprovals, dealRegistrationExtensions, dealRegistrations } from './tables.ts';

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
    const [row] = await tx
      .update(dealRegistrations)
      .set({
        status: 'withdrawn',
        approvalLevel: null,
        approvalDueAt: null,
        lastActivityAt: now,
        version: registration.version + 1,
        updatedAt: now,
      })
      .where(eq(dealRegistrations.id, id))
      .returning();
    await recordChange(tx, ctx, {
      action: 'deal_registration.withdrawn',
      entityType: 'deal_registration',
      entityId: id,
      organisationId: registration.organisationId,
      before: registrationSummary(registration),
      after: { ...registrationSummary(row!), reason: input.reason ?? null },
    });
    return loadDealRegistrationDetail(tx, ctx, id);
  });
}
