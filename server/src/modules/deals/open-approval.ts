import { and, desc, eq, isNull } from 'drizzle-orm';
import type { UserActor } from '../../platform/context.ts';
import type { Transaction } from '../../platform/db/connection.ts';
import { assertVersion } from '../../platform/http/concurrency.ts';
import { iso } from '../../platform/http/schemas.ts';
import { alreadyDecided, assertMayDecideLevel } from './approval-authority.ts';
import { findDealRegistration } from './get-deal-registration.ts';
import { type DealRegistrationRow, referenceOf } from './schemas.ts';
import { dealRegistrationApprovals } from './tables.ts';

/**
 * The registration and its undecided approval level, locked for the rest of the transaction.
 * Two approvers deciding at once queue on the lock; the second finds the level decided and gets
 * a 409 instead of deciding it again (or, with If-Match, deciding the next level by accident).
 */
export async function lockOpenApproval(
  tx: Transaction,
  actor: UserActor,
  id: string,
  expectedVersion: number | undefined,
) {
  const registration = await findDealRegistration(tx, id, { forUpdate: true });
  if (registration.status !== 'pending_approval' || registration.approvalLevel === null) {
    throw alreadyDecided();
  }
  assertVersion('deal registration', registration.version, expectedVersion);
  const [approval] = await tx
    .select()
    .from(dealRegistrationApprovals)
    .where(
      and(
        eq(dealRegistrationApprovals.registrationId, id),
        eq(dealRegistrationApprovals.level, registration.approvalLevel),
        isNull(dealRegistrationApprovals.decidedAt),
      ),
    )
    .orderBy(desc(dealRegistrationApprovals.createdAt))
    .limit(1);
  if (!approval) throw alreadyDecided();
  assertMayDecideLevel(actor, approval.role, registration.region);
  return { registration, approval };
}

/** What events about a registration carry: enough for a notice, nothing about other partners. */
export function registrationSummary(row: DealRegistrationRow) {
  return {
    reference: referenceOf(row.number),
    customerName: row.customerName,
    amount: row.amount,
    currency: row.currency,
    status: row.status,
    stage: row.stage,
    region: row.region,
    approvalLevel: row.approvalLevel,
    approvalDueAt: iso(row.approvalDueAt),
    protectionEndsAt: iso(row.protectionEndsAt),
    decisionReason: row.decisionReason,
    extensionCount: row.extensionCount,
  };
}
