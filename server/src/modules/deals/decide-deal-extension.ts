import { eq } from 'drizzle-orm';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import type { Transaction } from '../../platform/db/connection.ts';
import { DomainError, forbidden, notFound } from '../../platform/errors.ts';
import { DAY_MS } from './approval-authority.ts';
import { changeDealRegistration } from './change-deal-registration.ts';
import { findDealRegistration, loadDealRegistrationDetail } from './get-deal-registration.ts';
import { dealRegistrationExtensions } from './tables.ts';

type Decision = { ctx: Ctx; id: string; now: Date };

/** The vendor grants the extra protection time: the window moves out by the requested days. */
export function approveDealExtension({
  input,
  ...decision
}: Decision & { input: { note?: string | undefined } }) {
  return decideDealExtension({ ...decision, approve: true, note: input.note ?? null });
}

/** The vendor refuses the extension, saying why; the protection window stays as it was. */
export function rejectDealExtension({ input, ...decision }: Decision & { input: { note: string } }) {
  return decideDealExtension({ ...decision, approve: false, note: input.note });
}

async function decideDealExtension({
  ctx,
  id,
  now,
  approve,
  note,
}: Decision & { approve: boolean; note: string | null }) {
  const actor = assertActorCan(ctx, 'deals:approve');
  if (actor.organisationKind !== 'vendor') throw forbidden('Extensions are decided by the vendor.');
  return withTransaction(ctx, async (tx) => {
    const extension = await findExtension(tx, id);
    const registration = await findDealRegistration(tx, extension.registrationId, { forUpdate: true });
    // Re-read under the registration's lock: a second approver waits here and then sees the decision.
    const current = await findExtension(tx, id);
    if (current.status !== 'pending') {
      throw new DomainError('conflict', 'already_decided', 'This extension request was already decided.');
    }
    if (approve && registration.status !== 'approved') {
      throw new DomainError(
        'conflict',
        'not_protected',
        'The registration is no longer approved, so there is no protection window to extend.',
      );
    }
    await tx
      .update(dealRegistrationExtensions)
      .set({
        status: approve ? 'approved' : 'rejected',
        decidedById: actor.userId,
        decidedAt: now,
        decisionNote: note,
      })
      .where(eq(dealRegistrationExtensions.id, id));
    const base = registration.protectionEndsAt ?? now;
    await changeDealRegistration(tx, ctx, {
      registration,
      set: approve
        ? {
            protectionEndsAt: new Date(base.getTime() + current.requestedDays * DAY_MS),
            extensionCount: registration.extensionCount + 1,
          }
        : {},
      action: approve ? 'deal_registration.extended' : 'deal_registration.extension_rejected',
      now,
      details: { extensionId: id, requestedDays: current.requestedDays, note },
    });
    return loadDealRegistrationDetail(tx, ctx, registration.id);
  });
}

async function findExtension(tx: Transaction, id: string) {
  const [extension] = await tx
    .select()
    .from(dealRegistrationExtensions)
    .where(eq(dealRegistrationExtensions.id, id));
  if (!extension) throw notFound('deal_registration_extension');
  return extension;
}
