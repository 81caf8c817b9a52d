import { eq, sql } from 'drizzle-orm';
import { recordChange } from '../../platform/audit.ts';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { DomainError, invalid } from '../../platform/errors.ts';
import { assertVersion } from '../../platform/http/concurrency.ts';
import { newId } from '../../platform/ids.ts';
import type { MoveDealStageInput } from './collaboration-schemas.ts';
import { findDealRegistration, loadDealRegistrationDetail } from './get-deal-registration.ts';
import { referenceOf } from './schemas.ts';
import { dealRegistrations, dealStageChanges } from './tables.ts';

/**
 * Moves a registration along the pipeline: the registering partner for its own deals, vendor
 * approvers for theirs. Only an approved registration is worked past `registered`; won and lost
 * close it for good. Every move is kept, for conversion and velocity.
 */
export async function moveDealStage({
  ctx,
  registrationId,
  input,
  now,
  expectedVersion,
}: {
  ctx: Ctx;
  registrationId: string;
  /** From If-Match: the version the caller last saw; the write is refused when it moved on. */
  expectedVersion?: number | undefined;
  input: MoveDealStageInput;
  now: Date;
}) {
  const actor = assertActorCan(
    ctx,
    ctx.actor.type === 'user' && ctx.actor.organisationKind === 'partner'
      ? 'deals:register'
      : 'deals:approve',
  );
  if (input.stage === 'lost' && !input.lostReason) {
    throw invalid('body.lostReason', 'is required when the deal is lost');
  }
  return withTransaction(ctx, async (tx) => {
    const registration = await findDealRegistration(tx, registrationId, { forUpdate: true });
    assertVersion('deal registration', registration.version, expectedVersion);
    if (registration.stage === 'won' || registration.stage === 'lost') {
      throw new DomainError(
        'conflict',
        'deal_closed',
        `This deal is ${registration.stage}; its stage is final.`,
      );
    }
    if (input.stage !== 'registered' && registration.status !== 'approved') {
      throw new DomainError(
        'conflict',
        'registration_not_approved',
        'Only an approved registration moves past “registered”.',
        [{ field: 'body.stage', message: 'needs an approved registration' }],
      );
    }
    if (input.stage === registration.stage) {
      throw invalid('body.stage', `is already the deal's stage`);
    }
    const amount = input.amount ?? registration.amount;
    const isClosing = input.stage === 'won' || input.stage === 'lost';
    await tx
      .update(dealRegistrations)
      .set({
        stage: input.stage,
        amount,
        closedAt: isClosing ? now : null,
        lastActivityAt: now,
        version: sql`${dealRegistrations.version} + 1`,
        updatedAt: now,
      })
      .where(eq(dealRegistrations.id, registrationId));
    await tx.insert(dealStageChanges).values({
      id: newId('dealStageChange'),
      workspaceId: actor.workspaceId,
      organisationId: registration.organisationId,
      registrationId,
      fromStage: registration.stage,
      toStage: input.stage,
      amount,
      lostReason: input.stage === 'lost' ? (input.lostReason ?? null) : null,
      changedById: actor.userId,
      changedAt: now,
    });
    const change = {
      entityType: 'deal_registration',
      entityId: registrationId,
      organisationId: registration.organisationId,
      before: { stage: registration.stage, amount: registration.amount },
      after: {
        reference: referenceOf(registration.number),
        customerName: registration.customerName,
        stage: input.stage,
        amount,
        currency: registration.currency,
        ...(input.stage === 'lost' ? { lostReason: input.lostReason } : {}),
      },
    };
    await recordChange(tx, ctx, { action: 'deal_registration.stage_changed', ...change });
    if (isClosing) {
      await recordChange(tx, ctx, {
        action: input.stage === 'won' ? 'deal_registration.won' : 'deal_registration.lost',
        ...change,
      });
    }
    return loadDealRegistrationDetail(tx, ctx, registrationId);
  });
}
