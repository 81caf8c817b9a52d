import { and, desc, eq } from 'drizzle-orm';
import { recordChange } from '../../platform/audit.ts';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { DomainError, forbidden } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { DAY_MS } from './approval-authority.ts';
import { approvalLevelsFor } from './approval-routing.ts';
import { loadDealSettings } from './deal-settings.ts';
import { findDealRegistration, loadDealRegistrationDetail } from './get-deal-registration.ts';
import { registrationSummary } from './open-approval.ts';
import { PARTNERS_ONLY } from './register-deal.ts';
import { dealRegistrationApprovals, dealRegistrations } from './tables.ts';

export type ProvideDealInformationInput = {
  answer: string;
  amount?: number | undefined;
  expectedCloseDate?: string | undefined;
  products?: string[] | undefined;
  notes?: string | undefined;
  contactName?: string | undefined;
  contactEmail?: string | undefined;
};

/**
 * The partner answers the approver's question, correcting the registration where it needs to.
 * It goes back to the same approval level, whose SLA starts over: the approver had nothing to
 * decide on while waiting.
 */
export async function provideDealInformation({
  ctx,
  id,
  input,
  now,
}: {
  ctx: Ctx;
  id: string;
  input: ProvideDealInformationInput;
  now: Date;
}) {
  const actor = assertActorCan(ctx, 'deals:register');
  if (actor.organisationKind !== 'partner') throw forbidden(PARTNERS_ONLY);
  return withTransaction(ctx, async (tx) => {
    const registration = await findDealRegistration(tx, id, { forUpdate: true });
    if (registration.status !== 'more_info_requested' || registration.approvalLevel === null) {
      throw new DomainError(
        'conflict',
        'no_question_open',
        'No approver is waiting for information on this registration.',
      );
    }
    const [question] = await tx
      .select()
      .from(dealRegistrationApprovals)
      .where(
        and(
          eq(dealRegistrationApprovals.registrationId, id),
          eq(dealRegistrationApprovals.level, registration.approvalLevel),
          eq(dealRegistrationApprovals.decision, 'more_info_requested'),
        ),
      )
      .orderBy(desc(dealRegistrationApprovals.createdAt))
      .limit(1);
    if (!question) throw new Error(`Registration ${id} waits for information without a question`);
    await tx
      .update(dealRegistrationApprovals)
      .set({ answer: input.answer, answeredById: actor.userId, answeredAt: now })
      .where(eq(dealRegistrationApprovals.id, question.id));

    const settings = await loadDealSettings(tx, actor.workspaceId);
    const corrected = {
      amount: input.amount ?? registration.amount,
      expectedCloseDate: input.expectedCloseDate ?? registration.expectedCloseDate,
      products: input.products ?? registration.products,
      notes: input.notes ?? registration.notes,
      contactName: input.contactName ?? registration.contactName,
      contactEmail: input.contactEmail ?? registration.contactEmail,
    };
    const policy = approvalLevelsFor(settings, registration)[registration.approvalLevel - 1];
    const slaMs = policy ? policy.slaHours * 60 * 60 * 1000 : DAY_MS;
    const dueAt = new Date(now.getTime() + slaMs);
    await tx.insert(dealRegistrationApprovals).values({
      id: newId('dealApproval'),
      workspaceId: registration.workspaceId,
      organisationId: registration.organisationId,
      registrationId: id,
      level: registration.approvalLevel,
      role: question.role,
      dueAt,
    });
    const [row] = await tx
      .update(dealRegistrations)
      .set({
        ...corrected,
        status: 'pending_approval',
        approvalDueAt: dueAt,
        lastActivityAt: now,
        version: registration.version + 1,
        updatedAt: now,
      })
      .where(eq(dealRegistrations.id, id))
      .returning();
    await recordChange(tx, ctx, {
      action: 'deal_registration.info_provided',
      entityType: 'deal_registration',
      entityId: id,
      organisationId: registration.organisationId,
      before: { ...registrationSummary(registration), ...pick(registration) },
      after: { ...registrationSummary(row!), ...pick(row!), answer: input.answer },
    });
    return loadDealRegistrationDetail(tx, ctx, id);
  });
}

const pick = (row: typeof dealRegistrations.$inferSelect) => ({
  expectedCloseDate: row.expectedCloseDate,
  products: row.products,
  notes: row.notes,
  contactName: row.contactName,
  contactEmail: row.contactEmail,
});
