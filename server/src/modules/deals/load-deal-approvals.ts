import { asc, eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.ts';
import type { Transaction } from '../../platform/db/connection.ts';
import { iso } from '../../platform/http/schemas.ts';
import { users } from '../users/tables.ts';
import { mayDecideLevel } from './approval-authority.ts';
import type { DealRegistrationRow } from './schemas.ts';
import { dealRegistrationApprovals, dealRegistrationExtensions } from './tables.ts';

/**
 * The registration's approval steps, oldest first: each level, and a fresh step at the same
 * level after every question the partner answered. Both sides read them; approvers' names are
 * the vendor's and fine for the partner to see.
 */
export async function loadDealApprovalSteps(tx: Transaction, ctx: Ctx, registration: DealRegistrationRow) {
  const rows = await tx
    .select({ approval: dealRegistrationApprovals, decidedByName: users.name })
    .from(dealRegistrationApprovals)
    .leftJoin(users, eq(users.id, dealRegistrationApprovals.decidedById))
    .where(eq(dealRegistrationApprovals.registrationId, registration.id))
    .orderBy(asc(dealRegistrationApprovals.createdAt), asc(dealRegistrationApprovals.level));
  return presentDealApprovalSteps(ctx, registration, rows);
}

export type DealApprovalStepRecord = {
  approval: Pick<
    typeof dealRegistrationApprovals.$inferSelect,
    | 'id'
    | 'level'
    | 'role'
    | 'dueAt'
    | 'remindedAt'
    | 'escalatedAt'
    | 'decision'
    | 'decidedAt'
    | 'reason'
    | 'answer'
    | 'answeredAt'
  >;
  decidedByName: string | null;
};

export function presentDealApprovalSteps(
  ctx: Ctx,
  registration: DealRegistrationRow,
  rows: readonly DealApprovalStepRecord[],
) {
  const actor = ctx.actor;
  return rows.map(({ approval, decidedByName }) => ({
    id: approval.id,
    level: approval.level,
    role: approval.role,
    dueAt: iso(approval.dueAt),
    remindedAt: iso(approval.remindedAt),
    escalatedAt: iso(approval.escalatedAt),
    decision: approval.decision,
    decidedAt: iso(approval.decidedAt),
    decidedByName: decidedByName ?? null,
    reason: approval.reason,
    answer: approval.answer,
    answeredAt: iso(approval.answeredAt),
    mayDecide:
      actor.type === 'user' &&
      approval.decidedAt === null &&
      registration.status === 'pending_approval' &&
      registration.approvalLevel === approval.level &&
      mayDecideLevel(actor, approval.role, registration.region),
  }));
}

/** Extension requests of the registration, oldest first. */
export async function loadDealExtensions(tx: Transaction, registrationId: string) {
  const rows = await tx
    .select()
    .from(dealRegistrationExtensions)
    .where(eq(dealRegistrationExtensions.registrationId, registrationId))
    .orderBy(asc(dealRegistrationExtensions.createdAt));
  return rows.map((row) => ({
    id: row.id,
    reason: row.reason,
    requestedDays: row.requestedDays,
    status: row.status,
    decidedAt: iso(row.decidedAt),
    decisionNote: row.decisionNote,
    createdAt: iso(row.createdAt),
  }));
}
