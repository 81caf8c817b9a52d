import { eq, sql } from 'drizzle-orm';
import { recordChange } from '../../platform/audit.ts';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import type { Transaction } from '../../platform/db/connection.ts';
import { DomainError, forbidden } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { isCompliant } from '../compliance/index.ts';
import { organisations } from '../organisations/tables.ts';
import { approvalDueAt, firstApprovalLevel, isAutoApproved, protectionEndsAt } from './approval-routing.ts';
import type { ClaimedCustomer, ConflictCandidate, ConflictMatch } from './conflict-rules.ts';
import { firstInOf, isReservedForDirectSales, outcomeOf } from './conflict-rules.ts';
import { loadDealSettings } from './deal-settings.ts';
import { claimOf, findDealConflicts } from './find-deal-conflicts.ts';
import { loadDealRegistrationDetail } from './get-deal-registration.ts';
import type { RegisterDealInput } from './schemas.ts';
import {
  dealRegistrationApprovals,
  dealRegistrationConflicts,
  dealRegistrationPartners,
  dealRegistrations,
  dealStageChanges,
} from './tables.ts';

export const PARTNERS_ONLY = 'Deal registrations are submitted by partners, from their portal or API key.';

export const DIRECT_ONLY_REASON =
  'This customer is reserved for direct sales under the rules of engagement, so it cannot be registered.';

/**
 * A partner claims a customer opportunity. The claim is checked against everything the vendor
 * knows and routed: refused outright on a direct-only account, approved at once when the programme
 * allows it, otherwise queued for the first approval level with its SLA.
 *
 * First-in: the claim's domain and name are locked for the rest of the transaction before the
 * check reads, so of two partners claiming the same customer in the same instant, the second
 * waits, then sees the first one's committed registration and is flagged against it.
 */
export async function registerDeal({ ctx, input, now }: { ctx: Ctx; input: RegisterDealInput; now: Date }) {
  const actor = assertActorCan(ctx, 'deals:register');
  if (actor.organisationKind !== 'partner') {
    throw forbidden(PARTNERS_ONLY);
  }
  const claim = claimOf(input, actor.organisationId);
  return withTransaction(ctx, async (tx) => {
    const [partner] = await tx
      .select({ id: organisations.id, region: organisations.region, status: organisations.status })
      .from(organisations)
      .where(eq(organisations.id, actor.organisationId));
    if (partner?.status !== 'active') throw forbidden('Your organisation is not an active partner.');
    if (!(await isCompliant(tx, partner.id, { now }))) {
      throw new DomainError(
        'forbidden',
        'partner_not_compliant',
        'Your organisation has compliance requirements outstanding. Deal registration opens again once they are met (see Compliance).',
      );
    }
    await lockClaim(tx, actor.workspaceId, claim);
    const matches = await findDealConflicts(tx, claim);
    const conflictOutcome = outcomeOf(matches);
    const firstIn = firstInOf(matches);
    const settings = await loadDealSettings(tx, actor.workspaceId);
    const amount = input.amount;

    const isReserved = isReservedForDirectSales(matches);
    const autoApproved = !isReserved && isAutoApproved(settings, { amount, conflictOutcome });
    const firstLevel = firstApprovalLevel(settings, { amount, region: partner.region });
    const status = isReserved ? 'rejected' : autoApproved ? 'approved' : 'pending_approval';
    const id = newId('dealRegistration');

    const [row] = await tx
      .insert(dealRegistrations)
      .values({
        id,
        workspaceId: actor.workspaceId,
        organisationId: partner.id,
        region: partner.region,
        registeredById: actor.userId,
        customerName: input.customerName,
        normalisedCustomerName: claim.normalisedName,
        customerDomain: claim.domain,
        contactName: input.contactName ?? null,
        contactEmail: input.contactEmail ?? null,
        country: input.country,
        amount,
        currency: input.currency,
        expectedCloseDate: input.expectedCloseDate,
        products: input.products,
        notes: input.notes ?? null,
        status,
        conflictOutcome,
        isFirstIn: firstIn === null,
        firstInRegistrationId: firstIn?.id ?? null,
        // The database's clock, read after the claim's lock: the order registrations committed in.
        registeredAt: sql`clock_timestamp()`,
        approvalLevel: status === 'pending_approval' ? 1 : null,
        approvalDueAt: status === 'pending_approval' ? approvalDueAt(firstLevel, now) : null,
        decidedAt: status === 'pending_approval' ? null : now,
        decisionReason: isReserved ? DIRECT_ONLY_REASON : null,
        protectionEndsAt: autoApproved ? protectionEndsAt(settings, now) : null,
        lastActivityAt: now,
      })
      .returning();
    if (!row) throw new Error('Insert returned no registration');

    if (matches.length > 0) {
      await tx.insert(dealRegistrationConflicts).values(
        evidenceToKeep(matches, firstIn).map((match) => ({
          id: newId('dealConflict'),
          workspaceId: actor.workspaceId,
          organisationId: partner.id,
          registrationId: id,
          kind: match.kind,
          score: match.score,
          signals: match.signals,
          reason: match.reason,
          matchedRegistrationId: match.kind === 'registration' ? match.candidate.id : null,
          matchedAccountId: match.kind === 'registration' ? null : match.candidate.id,
          isBlocking: match.isBlocking,
        })),
      );
    }
    await tx.insert(dealRegistrationApprovals).values({
      id: newId('dealApproval'),
      workspaceId: actor.workspaceId,
      organisationId: partner.id,
      registrationId: id,
      level: 1,
      role: firstLevel.role,
      dueAt: approvalDueAt(firstLevel, now),
      ...(status === 'pending_approval'
        ? {}
        : {
            decision: autoApproved ? ('auto_approved' as const) : ('rejected' as const),
            decidedAt: now,
            reason: isReserved ? DIRECT_ONLY_REASON : null,
          }),
    });
    await tx.insert(dealRegistrationPartners).values({
      id: newId('dealPartner'),
      workspaceId: actor.workspaceId,
      organisationId: partner.id,
      registrationId: id,
      role: 'sourcing',
      creditPercent: 100,
    });
    await tx.insert(dealStageChanges).values({
      id: newId('dealStageChange'),
      workspaceId: actor.workspaceId,
      organisationId: partner.id,
      registrationId: id,
      fromStage: null,
      toStage: 'registered',
      amount,
      changedById: actor.userId,
      changedAt: now,
    });

    // Read back before the audit records: recording locks the workspace's audit chain head until
    // commit, and every other write in the workspace waits on it, so nothing else runs under it.
    const detail = await loadDealRegistrationDetail(tx, ctx, id);
    const summary = {
      reference: `DR-${row.number}`,
      customerName: row.customerName,
      amount,
      currency: row.currency,
      status,
      conflictOutcome,
      isFirstIn: row.isFirstIn,
      approvalDueAt: row.approvalDueAt,
    };
    await recordChange(tx, ctx, {
      action: 'deal_registration.created',
      entityType: 'deal_registration',
      entityId: id,
      organisationId: partner.id,
      after: summary,
    });
    if (status !== 'pending_approval') {
      await recordChange(tx, ctx, {
        action: autoApproved ? 'deal_registration.approved' : 'deal_registration.rejected',
        entityType: 'deal_registration',
        entityId: id,
        organisationId: partner.id,
        before: { status: 'pending_approval' },
        after: {
          ...summary,
          isAutomatic: true,
          reason: row.decisionReason,
          protectionEndsAt: row.protectionEndsAt,
        },
      });
    }
    return detail;
  });
}

/** Matches kept as evidence: the strongest, and always the one first-in was decided against. */
const EVIDENCE_KEPT = 20;

function evidenceToKeep(matches: ConflictMatch[], firstIn: ConflictCandidate | null): ConflictMatch[] {
  const kept = matches.slice(0, EVIDENCE_KEPT);
  const decisive = firstIn ? matches.find((match) => match.candidate === firstIn) : undefined;
  return decisive && !kept.includes(decisive) ? [...kept, decisive] : kept;
}

/**
 * Serialises claims on the same customer (same registrable domain, or same normalised name) for
 * the rest of the transaction. Keys are taken in sorted order, so two claims sharing both keys
 * cannot deadlock.
 */
async function lockClaim(tx: Transaction, workspaceId: string, claim: ClaimedCustomer): Promise<void> {
  const keys = [`deal-claim:${workspaceId}:name:${claim.normalisedName}`];
  if (claim.domain) keys.push(`deal-claim:${workspaceId}:domain:${claim.domain}`);
  keys.sort();
  for (const key of keys) {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))`);
  }
}
