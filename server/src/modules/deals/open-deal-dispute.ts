import { and, eq } from 'drizzle-orm';
import { recordChange } from '../../platform/audit.ts';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { DomainError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import type { OpenDealDisputeInput } from './collaboration-schemas.ts';
import { loadDisputeDetail } from './deal-dispute-views.ts';
import { disputableSubjects } from './dispute-rules.ts';
import { findDealRegistration } from './get-deal-registration.ts';
import { referenceOf } from './schemas.ts';
import { dealDisputes } from './tables.ts';

/**
 * Opens a dispute on a registration. The dispute belongs to the registering partner, so the
 * other partner of a conflict never learns of it; which registration was first is taken from
 * the record, never from the disputer.
 */
export async function openDealDispute({
  ctx,
  registrationId,
  input,
  now,
}: {
  ctx: Ctx;
  registrationId: string;
  input: OpenDealDisputeInput;
  now: Date;
}) {
  const actor = assertActorCan(ctx, 'deals:dispute');
  return withTransaction(ctx, async (tx) => {
    const registration = await findDealRegistration(tx, registrationId, { forUpdate: true });
    const allowed = disputableSubjects(registration, actor.organisationKind);
    if (!allowed[input.subject]) {
      throw new DomainError(
        'conflict',
        'dispute_not_possible',
        input.subject === 'decision'
          ? 'Only a rejected registration’s decision can be disputed.'
          : 'This registration is first-in for its customer; there is no conflict to dispute.',
        [{ field: 'body.subject', message: 'cannot be disputed for this registration now' }],
      );
    }
    const [open] = await tx
      .select({ id: dealDisputes.id })
      .from(dealDisputes)
      .where(and(eq(dealDisputes.registrationId, registrationId), eq(dealDisputes.status, 'open')));
    if (open) {
      throw new DomainError(
        'conflict',
        'dispute_already_open',
        'This registration already has an open dispute; add your evidence to it as a comment.',
      );
    }
    const id = newId('dealDispute');
    await tx.insert(dealDisputes).values({
      id,
      workspaceId: actor.workspaceId,
      organisationId: registration.organisationId,
      registrationId,
      contestedRegistrationId: input.subject === 'conflict' ? registration.firstInRegistrationId : null,
      subject: input.subject,
      reason: input.reason,
      evidenceUrls: input.evidenceUrls,
      raisedById: actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    await recordChange(tx, ctx, {
      action: 'deal_dispute.opened',
      entityType: 'deal_dispute',
      entityId: id,
      organisationId: registration.organisationId,
      after: {
        registrationId,
        reference: referenceOf(registration.number),
        customerName: registration.customerName,
        subject: input.subject,
        reason: input.reason,
        evidenceUrls: input.evidenceUrls,
        raisedBySide: actor.organisationKind,
      },
    });
    return loadDisputeDetail(tx, ctx, id);
  });
}
