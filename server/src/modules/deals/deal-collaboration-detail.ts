import { asc, eq, or, sql } from 'drizzle-orm';
import { type Ctx, isPartnerActor } from '../../platform/context.ts';
import type { Transaction } from '../../platform/db/connection.ts';
import { iso } from '../../platform/http/schemas.ts';
import { can } from '../../platform/permissions.ts';
import { organisations } from '../organisations/tables.ts';
import { disputableSubjects } from './dispute-rules.ts';
import type { DealRegistrationRow } from './schemas.ts';
import { dealDisputes, dealRegistrationPartners, dealStageChanges } from './tables.ts';

/**
 * The partners, stage history and disputes of a registration, for its detail page. Vendor staff
 * see every credit line with names; the registering partner its own line and how many others
 * share the deal. A partner sees only the disputes it owns: never one contesting its first-in.
 */
export async function loadDealCollaboration(tx: Transaction, ctx: Ctx, registration: DealRegistrationRow) {
  const forPartner = isPartnerActor(ctx.actor);
  const lines = await tx
    .select({ line: dealRegistrationPartners, partnerName: organisations.name })
    .from(dealRegistrationPartners)
    .leftJoin(organisations, eq(organisations.id, dealRegistrationPartners.organisationId))
    .where(eq(dealRegistrationPartners.registrationId, registration.id))
    .orderBy(asc(dealRegistrationPartners.createdAt), asc(dealRegistrationPartners.id));
  const counted = await tx.execute<{ count: number }>(
    sql`SELECT trellis_deal_partner_count(${registration.id}) AS count`,
  );
  const history = await tx
    .select()
    .from(dealStageChanges)
    .where(eq(dealStageChanges.registrationId, registration.id))
    .orderBy(asc(dealStageChanges.changedAt), asc(dealStageChanges.id));
  const disputes = await tx
    .select()
    .from(dealDisputes)
    .where(
      forPartner
        ? eq(dealDisputes.registrationId, registration.id)
        : or(
            eq(dealDisputes.registrationId, registration.id),
            eq(dealDisputes.contestedRegistrationId, registration.id),
          ),
    )
    .orderBy(asc(dealDisputes.id));
  return presentDealCollaboration(ctx, registration, {
    lines,
    partnerCount: Number(counted.rows[0]?.count ?? lines.length),
    history,
    disputes,
  });
}

export type DealCollaborationRecords = {
  lines: {
    line: Pick<typeof dealRegistrationPartners.$inferSelect, 'organisationId' | 'role' | 'creditPercent'>;
    partnerName: string | null;
  }[];
  /** Every partner on the deal, including those the actor may not see. */
  partnerCount: number;
  history: Pick<
    typeof dealStageChanges.$inferSelect,
    'fromStage' | 'toStage' | 'amount' | 'lostReason' | 'changedAt'
  >[];
  disputes: (typeof dealDisputes.$inferSelect)[];
};

export function presentDealCollaboration(
  ctx: Ctx,
  registration: DealRegistrationRow,
  { lines, partnerCount: total, history, disputes }: DealCollaborationRecords,
) {
  const forPartner = isPartnerActor(ctx.actor);
  const actor = ctx.actor;
  const hasOpenDispute = disputes.some(
    (dispute) => dispute.registrationId === registration.id && dispute.status === 'open',
  );
  const subjects =
    actor.type === 'user' && can(actor, 'deals:dispute') && !hasOpenDispute
      ? disputableSubjects(registration, actor.organisationKind)
      : { decision: false, conflict: false };
  return {
    partners: lines.map(({ line, partnerName }) => ({
      organisationId: line.organisationId,
      partnerName,
      role: line.role,
      creditPercent: line.creditPercent,
      isRegisteringPartner: line.organisationId === registration.organisationId,
    })),
    otherPartnerCount: Math.max(0, total - (forPartner ? lines.length : 1)),
    stageHistory: history.map((change) => ({
      fromStage: change.fromStage,
      toStage: change.toStage,
      amount: change.amount,
      lostReason: change.lostReason,
      changedAt: iso(change.changedAt),
    })),
    disputes: disputes.map((dispute) => ({
      id: dispute.id,
      subject: dispute.subject,
      status: dispute.status,
      reason: dispute.reason,
      rationale: dispute.rationale,
      createdAt: iso(dispute.createdAt),
      decidedAt: iso(dispute.decidedAt),
      isAgainstThisRegistration: dispute.registrationId !== registration.id,
    })),
    canDispute: subjects,
  };
}
