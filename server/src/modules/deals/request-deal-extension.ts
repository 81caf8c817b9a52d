import { and, eq } from 'drizzle-orm';
import { recordChange } from '../../platform/audit.ts';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { DomainError, forbidden } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { loadDealSettings } from './deal-settings.ts';
import { findDealRegistration, loadDealRegistrationDetail } from './get-deal-registration.ts';
import { registrationSummary } from './open-approval.ts';
import { PARTNERS_ONLY } from './register-deal.ts';
import { dealRegistrationExtensions, dealRegistrations } from './tables.ts';

/**
 * The partner asks for more protection time on an approved registration (the customer's decision
 * slipped). The programme caps how often; one request waits for the vendor at a time.
 */
export async function requestDealExtension({
  ctx,
  id,
  input,
  now,
}: {
  ctx: Ctx;
  id: string;
  input: { reason: string; days?: number | undefined };
  now: Date;
}) {
  const actor = assertActorCan(ctx, 'deals:register');
  if (actor.organisationKind !== 'partner') throw forbidden(PARTNERS_ONLY);
  return withTransaction(ctx, async (tx) => {
    const registration = await findDealRegistration(tx, id, { forUpdate: true });
    if (registration.status !== 'approved') {
      throw new DomainError(
        'conflict',
        'not_protected',
        'Only an approved registration has a protection window to extend.',
      );
    }
    const settings = await loadDealSettings(tx, actor.workspaceId);
    if (registration.extensionCount >= settings.maxExtensions) {
      throw new DomainError(
        'conflict',
        'extensions_used_up',
        `The programme allows ${settings.maxExtensions} extension(s) per registration, and this one has had them.`,
      );
    }
    const [pending] = await tx
      .select({ id: dealRegistrationExtensions.id })
      .from(dealRegistrationExtensions)
      .where(
        and(
          eq(dealRegistrationExtensions.registrationId, id),
          eq(dealRegistrationExtensions.status, 'pending'),
        ),
      );
    if (pending) {
      throw new DomainError(
        'conflict',
        'extension_pending',
        'An extension request for this registration is already waiting for the vendor.',
      );
    }
    const days = input.days ?? settings.extensionDays;
    const extensionId = newId('dealExtension');
    await tx.insert(dealRegistrationExtensions).values({
      id: extensionId,
      workspaceId: registration.workspaceId,
      organisationId: registration.organisationId,
      registrationId: id,
      reason: input.reason,
      requestedDays: days,
      requestedById: actor.userId,
    });
    const [row] = await tx
      .update(dealRegistrations)
      .set({ lastActivityAt: now, version: registration.version + 1, updatedAt: now })
      .where(eq(dealRegistrations.id, id))
      .returning();
    await recordChange(tx, ctx, {
      action: 'deal_registration.extension_requested',
      entityType: 'deal_registration',
      entityId: id,
      organisationId: registration.organisationId,
      after: { ...registrationSummary(row!), extensionId, requestedDays: days, reason: input.reason },
    });
    return loadDealRegistrationDetail(tx, ctx, id);
  });
}
