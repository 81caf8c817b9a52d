import { and, eq, isNull, sql } from 'drizzle-orm';
import { recordChange } from '../../platform/audit.ts';
import { assertActorCan, type Ctx, type UserActor, withTransaction } from '../../platform/context.ts';
import type { Transaction } from '../../platform/db/connection.ts';
import { DomainError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { approvalDueAt, firstApprovalLevel } from './approval-routing.ts';
import type { DecideDealDisputeInput } from './collaboration-schemas.ts';
import { findDispute, loadDisputeDetail } from './deal-dispute-views.ts';
import { loadDealSettings } from './deal-settings.ts';
import { findDealRegistration } from './get-deal-registration.ts';
import { type DealRegistrationRow, referenceOf } from './schemas.ts';
import { dealDisputes, dealRegistrationApprovals, dealRegistrations } from './tables.ts';

/** Written for the partner that lost first-in; it never names who won. */
export const LOST_FIRST_IN_REASON =
  'A dispute review found that this customer was registered first by another partner.';

/**
 * The channel lead decides a dispute. Upholding it changes the registrations involved in the same
 * transaction, each change audited: a contested decision goes back to approval at level 1 with a
 * fresh SLA; a contested conflict makes the disputing registration first-in and takes first-in
 * from the other one (rejecting it if it was still waiting for approval). Dismissing changes
 * nothing but the record.
 */
export async function decideDealDispute({
  ctx,
  disputeId,
  input,
  now,
}: {
  ctx: Ctx;
  disputeId: string;
  input: DecideDealDisputeInput;
  now: Date;
}) {
  // Deciding disputes is the channel lead's: owner, admin and channel managers.
  const actor = assertActorCan(ctx, 'deals:manage');
  return withTransaction(ctx, async (tx) => {
    const dispute = await findDispute(tx, disputeId, { forUpdate: true });
    if (dispute.status !== 'open') {
      throw new DomainError('conflict', 'dispute_decided', 'This dispute has already been decided.');
    }
    const registration = await findDealRegistration(tx, dispute.registrationId, { forUpdate: true });
    if (input.outcome === 'upheld') {
      if (dispute.subject === 'decision') {
        await returnToApproval(tx, ctx, actor, registration, now);
      } else {
        await makeFirstIn(
          tx,
          ctx,
          actor,
          registration,
          dispute.contestedRegistrationId,
          input.rationale,
          now,
        );
      }
    }
    await tx
      .update(dealDisputes)
      .set({
        status: input.outcome,
        decidedById: actor.userId,
        decidedAt: now,
        rationale: input.rationale,
        version: sql`${dealDisputes.version} + 1`,
        updatedAt: now,
      })
      .where(eq(dealDisputes.id, disputeId));
    await recordChange(tx, ctx, {
      action: 'deal_dispute.decided',
      entityType: 'deal_dispute',
      entityId: disputeId,
      organisationId: dispute.organisationId,
      before: { status: 'open' },
      after: {
        registrationId: registration.id,
        reference: referenceOf(registration.number),
        customerName: registration.customerName,
        subject: dispute.subject,
        outcome: input.outcome,
        rationale: input.rationale,
      },
    });
    return loadDisputeDetail(tx, ctx, disputeId);
  });
}

/** Sends a registration back to its first approval level, as if just submitted. */
async function returnToApproval(
  tx: Transaction,
  ctx: Ctx,
  actor: UserActor,
  registration: DealRegistrationRow,
  now: Date,
): Promise<void> {
  const settings = await loadDealSettings(tx, actor.workspaceId);
  const level = firstApprovalLevel(settings, registration);
  const dueAt = approvalDueAt(level, now);
  await tx
    .update(dealRegistrations)
    .set({
      status: 'pending_approval',
      approvalLevel: 1,
      approvalDueAt: dueAt,
      decidedAt: null,
      decidedById: null,
      decisionReason: null,
      protectionEndsAt: null,
      lastActivityAt: now,
      version: sql`${dealRegistrations.version} + 1`,
      updatedAt: now,
    })
    .where(eq(dealRegistrations.id, registration.id));
  await tx.insert(dealRegistrationApprovals).values({
    id: newId('dealApproval'),
    workspaceId: actor.workspaceId,
    organisationId: registration.organisationId,
    registrationId: registration.id,
    level: 1,
    role: level.role,
    dueAt,
  });
  await recordChange(tx, ctx, {
    action: 'deal_registration.returned_to_approval',
    entityType: 'deal_registration',
    entityId: registration.id,
    organisationId: registration.organisationId,
    before: { status: registration.status, decisionReason: registration.decisionReason },
    after: {
      reference: referenceOf(registration.number),
      customerName: registration.customerName,
      status: 'pending_approval',
      approvalLevel: 1,
      approvalDueAt: dueAt,
    },
  });
}

async function makeFirstIn(
  tx: Transaction,
  ctx: Ctx,
  actor: UserActor,
  winner: DealRegistrationRow,
  contestedId: string | null,
  rationale: string,
  now: Date,
): Promise<void> {
  await tx
    .update(dealRegistrations)
    .set({
      isFirstIn: true,
      firstInRegistrationId: null,
      lastActivityAt: now,
      version: sql`${dealRegistrations.version} + 1`,
      updatedAt: now,
    })
    .where(eq(dealRegistrations.id, winner.id));
  await recordChange(tx, ctx, {
    action: 'deal_registration.first_in_changed',
    entityType: 'deal_registration',
    entityId: winner.id,
    organisationId: winner.organisationId,
    before: { isFirstIn: false },
    after: { reference: referenceOf(winner.number), customerName: winner.customerName, isFirstIn: true },
  });
  // A claim rejected because it was not first goes back to approval now that it is.
  if (winner.status === 'rejected') {
    await returnToApproval(tx, ctx, actor, { ...winner, isFirstIn: true }, now);
  }
  if (!contestedId) return;

  const loser = await findDealRegistration(tx, contestedId, { forUpdate: true });
  const stillWaiting = loser.status === 'pending_approval' || loser.status === 'more_info_requested';
  const reason = `${LOST_FIRST_IN_REASON} ${rationale}`;
  await tx
    .update(dealRegistrations)
    .set({
      isFirstIn: false,
      firstInRegistrationId: winner.id,
      lastActivityAt: now,
      version: sql`${dealRegistrations.version} + 1`,
      updatedAt: now,
      ...(stillWaiting
        ? {
            status: 'rejected' as const,
            approvalLevel: null,
            approvalDueAt: null,
            decidedAt: now,
            decidedById: actor.userId,
            decisionReason: reason,
          }
        : {}),
    })
    .where(eq(dealRegistrations.id, loser.id));
  // Partner-facing: the loser's records say it lost first-in, never to whom.
  const loserSummary = { reference: referenceOf(loser.number), customerName: loser.customerName };
  await recordChange(tx, ctx, {
    action: 'deal_registration.first_in_changed',
    entityType: 'deal_registration',
    entityId: loser.id,
    organisationId: loser.organisationId,
    before: { isFirstIn: loser.isFirstIn },
    after: { ...loserSummary, isFirstIn: false },
  });
  if (stillWaiting) {
    await tx
      .update(dealRegistrationApprovals)
      .set({ decision: 'rejected', decidedById: actor.userId, decidedAt: now, reason })
      .where(
        and(
          eq(dealRegistrationApprovals.registrationId, loser.id),
          isNull(dealRegistrationApprovals.decidedAt),
        ),
      );
    await recordChange(tx, ctx, {
      action: 'deal_registration.rejected',
      entityType: 'deal_registration',
      entityId: loser.id,
      organisationId: loser.organisationId,
      before: { status: loser.status },
      after: { ...loserSummary, status: 'rejected', reason },
    });
  }
}
