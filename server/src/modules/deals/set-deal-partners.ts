import { and, eq, inArray, sql } from 'drizzle-orm';
import { recordChange } from '../../platform/audit.ts';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { forbidden, invalid } from '../../platform/errors.ts';
import { assertVersion } from '../../platform/http/concurrency.ts';
import { newId } from '../../platform/ids.ts';
import { organisations } from '../organisations/tables.ts';
import type { SetDealPartnersInput } from './collaboration-schemas.ts';
import { findDealRegistration, loadDealRegistrationDetail } from './get-deal-registration.ts';
import { referenceOf } from './schemas.ts';
import { dealRegistrationPartners, dealRegistrations } from './tables.ts';

/** Problems with the credit split, worded for the person splitting it; empty when it adds up. */
export function creditSplitProblems(
  partners: SetDealPartnersInput['partners'],
  registeringPartnerId: string,
): string[] {
  const problems: string[] = [];
  if (!partners.some((line) => line.organisationId === registeringPartnerId)) {
    problems.push('must include the registering partner');
  }
  if (new Set(partners.map((line) => line.organisationId)).size !== partners.length) {
    problems.push('must name each partner once');
  }
  const totalCents = partners.reduce((sum, line) => sum + Math.round(line.creditPercent * 100), 0);
  if (totalCents !== 100_00) {
    problems.push(`credit shares must add up to exactly 100% (they add up to ${totalCents / 100}%)`);
  }
  return problems;
}

/**
 * Vendor staff record who worked a deal and how its credit is shared. The lines are replaced as a
 * whole; each one belongs to the partner it credits, which is how a co-selling partner sees it.
 */
export async function setDealPartners({
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
  input: SetDealPartnersInput;
  now: Date;
}) {
  const actor = assertActorCan(ctx, 'deals:manage');
  if (actor.organisationKind !== 'vendor') throw forbidden('Credit splits are set by vendor staff.');
  return withTransaction(ctx, async (tx) => {
    const registration = await findDealRegistration(tx, registrationId, { forUpdate: true });
    assertVersion('deal registration', registration.version, expectedVersion);
    const problems = creditSplitProblems(input.partners, registration.organisationId);
    if (problems.length > 0) throw invalid('body.partners', problems.join('; '));
    const ids = input.partners.map((line) => line.organisationId);
    const known = await tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(and(inArray(organisations.id, ids), eq(organisations.kind, 'partner')));
    if (known.length !== ids.length) {
      throw invalid('body.partners', 'every line must name a partner organisation of this workspace');
    }
    await tx
      .delete(dealRegistrationPartners)
      .where(eq(dealRegistrationPartners.registrationId, registrationId));
    await tx.insert(dealRegistrationPartners).values(
      input.partners.map((line) => ({
        id: newId('dealPartner'),
        workspaceId: actor.workspaceId,
        organisationId: line.organisationId,
        registrationId,
        role: line.role,
        creditPercent: line.creditPercent,
        createdAt: now,
      })),
    );
    await tx
      .update(dealRegistrations)
      .set({ lastActivityAt: now, version: sql`${dealRegistrations.version} + 1`, updatedAt: now })
      .where(eq(dealRegistrations.id, registrationId));
    const own = input.partners.find((line) => line.organisationId === registration.organisationId);
    // The registering partner reads this event: how many partners and its own share, not who.
    await recordChange(tx, ctx, {
      action: 'deal_registration.partners_updated',
      entityType: 'deal_registration',
      entityId: registrationId,
      organisationId: registration.organisationId,
      after: {
        reference: referenceOf(registration.number),
        customerName: registration.customerName,
        partnerCount: input.partners.length,
        registeringPartnerRole: own?.role ?? null,
        registeringPartnerCreditPercent: own?.creditPercent ?? null,
      },
    });
    return loadDealRegistrationDetail(tx, ctx, registrationId);
  });
}
