import { inArray, sql } from 'drizzle-orm';
import { type AuditChange, recordChanges } from '../../platform/audit.ts';
import { batchCallsPer } from '../../platform/batching.ts';
import { assertActorCan, type Ctx, type UserActor, withTransaction } from '../../platform/context.ts';
import { textArray } from '../../platform/db/arrays.ts';
import type { Database, Transaction } from '../../platform/db/connection.ts';
import { insertRows, rowsFor } from '../../platform/db/insert-rows.ts';
import { DomainError, forbidden } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { complianceOfPartners } from '../compliance/index.ts';
import { organisations } from '../organisations/tables.ts';
import { approvalDueAt, firstApprovalLevel, isAutoApproved, protectionEndsAt } from './approval-routing.ts';
import type { ClaimedCustomer, ConflictCandidate, ConflictMatch } from './conflict-rules.ts';
import { firstInOf, isReservedForDirectSales, outcomeOf } from './conflict-rules.ts';
import { presentDealCollaboration } from './deal-collaboration-detail.ts';
import { loadDealSettings } from './deal-settings.ts';
import { claimOf, findConflictsOfClaims } from './find-deal-conflicts.ts';
import { type DealRegistrationDetail, forPartner } from './get-deal-registration.ts';
import { presentDealApprovalSteps } from './load-deal-approvals.ts';
import { type RegisterDealInput, referenceOf, toDealRegistrationDto } from './schemas.ts';
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
 * Claims arriving together are registered together (see `registerClaims`); the answer is the
 * registration as `GET /deal-registrations/{id}` shows it to the partner.
 */
export async function registerDeal({
  ctx,
  input,
  now,
}: {
  ctx: Ctx;
  input: RegisterDealInput;
  now: Date;
}): Promise<DealRegistrationDetail> {
  const actor = assertActorCan(ctx, 'deals:register');
  if (actor.organisationKind !== 'partner') {
    throw forbidden(PARTNERS_ONLY);
  }
  const claim = claimOf(input, actor.organisationId);
  return registerTogether(ctx.db, { ctx, actor, input, claim, now });
}

type PendingClaim = {
  ctx: Ctx;
  actor: UserActor;
  input: RegisterDealInput;
  claim: ClaimedCustomer;
  now: Date;
};

// Two batches at once keep PostgreSQL busy while the other batch's answers go out; more only
// queue on the audit chain head (measured: 2 beat 1 and 4 at concurrency 32, see bench/).
const registerTogether = batchCallsPer(registerClaims, { maxBatch: 64, concurrency: 2 });

/**
 * Registers the claims that arrived together, in arrival order, in as few transactions as first-in
 * allows: claims that could collide (see `lockClaims`) never share a transaction, so the later one
 * is checked after the earlier one committed and is flagged against it. A claim that fails (a
 * partner not compliant, say) fails alone; should a whole transaction fail, its claims are tried
 * one by one so only the culprit's caller sees the error.
 */
async function registerClaims(db: Database, claims: PendingClaim[]) {
  const results: (DealRegistrationDetail | Error | typeof LATER)[] = new Array(claims.length);
  let remaining = claims.map((claim, index) => ({ claim, index }));
  while (remaining.length > 0) {
    const wave: typeof remaining = [];
    let deferred: typeof remaining = [];
    // Same name or domain is seen here already; the sound-alike keys only the database computes.
    const keysInWave = new Set<string>();
    for (const entry of remaining) {
      const { claim, actor } = entry.claim;
      const keys = [`${actor.workspaceId}:name:${claim.normalisedName}`];
      if (claim.domain) keys.push(`${actor.workspaceId}:domain:${claim.domain}`);
      if (keys.some((key) => keysInWave.has(key))) {
        deferred.push(entry);
      } else {
        wave.push(entry);
        for (const key of keys) keysInWave.add(key);
      }
    }
    const byWorkspace = new Map<string, typeof wave>();
    for (const entry of wave) {
      const workspaceId = entry.claim.actor.workspaceId;
      const group = byWorkspace.get(workspaceId);
      if (group) group.push(entry);
      else byWorkspace.set(workspaceId, [entry]);
    }
    for (const group of byWorkspace.values()) {
      try {
        const outcomes = await registerWave(
          db,
          group.map((entry) => entry.claim),
        );
        group.forEach((entry, position) => {
          results[entry.index] = outcomes[position]!;
        });
      } catch (error) {
        if (group.length === 1) {
          results[group[0]!.index] = asError(error);
          continue;
        }
        for (const entry of group) {
          results[entry.index] = await registerWave(db, [entry.claim]).then(([outcome]) => outcome!, asError);
        }
      }
    }
    deferred = [...deferred, ...wave.filter((entry) => results[entry.index] === LATER)];
    remaining = deferred.sort((a, b) => a.index - b.index);
  }
  return results as (DealRegistrationDetail | Error)[];
}

/** The outcome of a claim that waits for the next transaction: it may collide with an earlier one. */
const LATER = Symbol('registered in the next transaction');

const asError = (error: unknown) => (error instanceof Error ? error : new Error(String(error)));

/**
 * One transaction for claims of one workspace on different customers. It runs as the workspace's
 * intake, not as any one partner: the rows it writes carry the organisation of the signed-in
 * caller behind each claim, never one taken from the request body, and the answer each partner
 * gets is cut to what that partner may read.
 */
async function registerWave(
  db: Database,
  pending: PendingClaim[],
): Promise<(DealRegistrationDetail | Error | typeof LATER)[]> {
  const workspaceId = pending[0]!.actor.workspaceId;
  const intake: Ctx = { db, actor: { type: 'system', workspaceId, reason: 'deal registration intake' } };
  return withTransaction(intake, async (tx) => {
    const now = new Date(Math.max(...pending.map((claim) => claim.now.getTime())));
    const partnerIds = [...new Set(pending.map((claim) => claim.actor.organisationId))];
    const partners = await tx.select().from(organisations).where(inArray(organisations.id, partnerIds));
    const compliance = await complianceOfPartners(
      tx,
      partners.filter((partner) => partner.kind === 'partner'),
      now,
    );
    const partnerById = new Map(partners.map((partner) => [partner.id, partner]));
    const compliantIds = new Set(
      compliance.filter((status) => status.isCompliant).map((status) => status.organisationId),
    );

    const outcomes: (DealRegistrationDetail | Error | typeof LATER)[] = [];
    const compliant: { position: number; claim: PendingClaim; partner: (typeof partners)[number] }[] = [];
    pending.forEach((claim, position) => {
      const partner = partnerById.get(claim.actor.organisationId);
      if (partner?.kind !== 'partner' || partner.status !== 'active') {
        outcomes[position] = forbidden('Your organisation is not an active partner.');
      } else if (!compliantIds.has(partner.id)) {
        outcomes[position] = new DomainError(
          'forbidden',
          'partner_not_compliant',
          'Your organisation has compliance requirements outstanding. Deal registration opens again once they are met (see Compliance).',
        );
      } else {
        compliant.push({ position, claim, partner });
      }
    });
    if (compliant.length === 0) return outcomes;

    const later = await lockClaims(
      tx,
      workspaceId,
      compliant.map(({ claim }) => claim.claim),
    );
    const admitted = compliant.filter((_, index) => !later.has(index));
    for (const index of later) outcomes[compliant[index]!.position] = LATER;
    const matchesOf = await findConflictsOfClaims(
      tx,
      admitted.map(({ claim }) => claim.claim),
    );
    const settings = await loadDealSettings(tx, workspaceId);

    const planned = admitted.map(({ position, claim: { ctx, actor, input, claim, now }, partner }, index) => {
      const matches = matchesOf[index] ?? [];
      const conflictOutcome = outcomeOf(matches);
      const firstIn = firstInOf(matches);
      const amount = input.amount;
      const isReserved = isReservedForDirectSales(matches);
      const { currency } = input;
      const autoApproved = !isReserved && isAutoApproved(settings, { amount, currency, conflictOutcome });
      const firstLevel = firstApprovalLevel(settings, { amount, currency, region: partner.region });
      const status = isReserved ? 'rejected' : autoApproved ? 'approved' : 'pending_approval';
      const id = newId('dealRegistration');
      const registration = {
        id,
        workspaceId,
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
        approvalLevel: status === 'pending_approval' ? 1 : null,
        approvalDueAt: status === 'pending_approval' ? approvalDueAt(firstLevel, now) : null,
        decidedAt: status === 'pending_approval' ? null : now,
        decisionReason: isReserved ? DIRECT_ONLY_REASON : null,
        protectionEndsAt: autoApproved ? protectionEndsAt(settings, now) : null,
        lastActivityAt: now,
      } as const;
      const owned = { workspaceId, organisationId: partner.id, registrationId: id };
      return {
        position,
        ctx,
        partner,
        autoApproved,
        registration,
        conflicts: evidenceToKeep(matches, firstIn).map((match) => ({
          ...owned,
          id: newId('dealConflict'),
          kind: match.kind,
          score: match.score,
          signals: match.signals,
          reason: match.reason,
          matchedRegistrationId: match.kind === 'registration' ? match.candidate.id : null,
          matchedAccountId: match.kind === 'registration' ? null : match.candidate.id,
          isBlocking: match.isBlocking,
        })),
        approval: {
          ...owned,
          id: newId('dealApproval'),
          level: 1,
          role: firstLevel.role,
          dueAt: approvalDueAt(firstLevel, now),
          // Every row names the same columns: they are written together (see insertRows).
          decision:
            status === 'pending_approval'
              ? null
              : autoApproved
                ? ('auto_approved' as const)
                : ('rejected' as const),
          decidedAt: status === 'pending_approval' ? null : now,
          reason: isReserved ? DIRECT_ONLY_REASON : null,
        },
        sourcingPartner: {
          ...owned,
          id: newId('dealPartner'),
          role: 'sourcing' as const,
          creditPercent: 100,
        },
        stageChange: {
          ...owned,
          id: newId('dealStageChange'),
          fromStage: null,
          toStage: 'registered' as const,
          amount,
          changedById: actor.userId,
          changedAt: now,
        },
      };
    });

    // registeredAt is left to the database's clock, read after the claims' locks (see the table).
    const registrations = await insertRows(
      tx,
      [
        rowsFor(
          dealRegistrations,
          planned.map((plan) => plan.registration),
        ),
        rowsFor(
          dealRegistrationConflicts,
          planned.flatMap((plan) => plan.conflicts),
        ),
        rowsFor(
          dealRegistrationApprovals,
          planned.map((plan) => plan.approval),
        ),
        rowsFor(
          dealRegistrationPartners,
          planned.map((plan) => plan.sourcingPartner),
        ),
        rowsFor(
          dealStageChanges,
          planned.map((plan) => plan.stageChange),
        ),
      ],
      { answering: dealRegistrations },
    );

    const changes: { ctx: Ctx; change: AuditChange }[] = [];
    for (const plan of planned) {
      const row = registrations.find((candidate) => candidate.id === plan.registration.id)!;
      const summary = {
        reference: referenceOf(row.number),
        customerName: row.customerName,
        amount: row.amount,
        currency: row.currency,
        status: row.status,
        conflictOutcome: row.conflictOutcome,
        isFirstIn: row.isFirstIn,
        approvalDueAt: row.approvalDueAt,
      };
      const about = { entityType: 'deal_registration', entityId: row.id, organisationId: row.organisationId };
      changes.push({
        ctx: plan.ctx,
        change: { ...about, action: 'deal_registration.created', after: summary },
      });
      if (row.status !== 'pending_approval') {
        changes.push({
          ctx: plan.ctx,
          change: {
            ...about,
            action: plan.autoApproved ? 'deal_registration.approved' : 'deal_registration.rejected',
            before: { status: 'pending_approval' },
            after: {
              ...summary,
              isAutomatic: true,
              reason: row.decisionReason,
              protectionEndsAt: row.protectionEndsAt,
            },
          },
        });
      }
      // What GET /deal-registrations/{id} answers the partner, from the rows just written.
      outcomes[plan.position] = {
        ...toDealRegistrationDto(row, plan.partner.name),
        conflicts: [...plan.conflicts]
          .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
          .map(forPartner),
        approvals: presentDealApprovalSteps(plan.ctx, row, [
          {
            approval: {
              remindedAt: null,
              escalatedAt: null,
              answer: null,
              answeredAt: null,
              ...plan.approval,
            },
            decidedByName: null,
          },
        ]),
        extensions: [],
        ...presentDealCollaboration(plan.ctx, row, {
          lines: [{ line: plan.sourcingPartner, partnerName: plan.partner.name }],
          partnerCount: 1,
          history: [{ ...plan.stageChange, lostReason: null }],
          disputes: [],
        }),
      };
    }
    await recordChanges(tx, changes);
    return outcomes;
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
 * Serialises claims that could find each other, for the rest of the transaction, with any other
 * process registering at the same time: one lock per key a conflict candidate is looked up by (the
 * normalised name, the registrable domain, and the three sound-alike keys of the name). Keys are
 * taken in one sorted order, so two transactions sharing keys cannot deadlock. Answers which claims
 * share a key with an earlier claim of this transaction: they cannot see each other here, so they
 * wait for the next one.
 */
async function lockClaims(
  tx: Transaction,
  workspaceId: string,
  claims: ClaimedCustomer[],
): Promise<Set<number>> {
  const names = textArray(claims.map((claim) => claim.normalisedName));
  const domains = textArray(claims.map((claim) => claim.domain));
  const result = await tx.execute<{ later: number }>(
    sql`WITH claim_keys AS (
          SELECT c.position, k.key
          FROM unnest(${names}::text[], ${domains}::text[]) WITH ORDINALITY AS c(name, domain, position)
          CROSS JOIN LATERAL (VALUES
            ('name:' || c.name),
            ('domain:' || c.domain),
            ('sound:' || trellis_company_name_key(c.name)),
            ('compact:' || trellis_company_compact_key(c.name)),
            ('first-word:' || trellis_company_first_word_key(c.name))) AS k(key)
          WHERE k.key IS NOT NULL
        ), locked AS MATERIALIZED (
          SELECT pg_advisory_xact_lock(hashtextextended(${`deal-claim:${workspaceId}:`} || key, 0))
          FROM (SELECT DISTINCT key FROM claim_keys) AS keys ORDER BY key COLLATE "C"
        )
        SELECT DISTINCT later.position - 1 AS later
        FROM claim_keys AS later JOIN claim_keys AS earlier ON earlier.key = later.key AND earlier.position < later.position
        WHERE (SELECT count(*) FROM locked) > 0`,
  );
  return new Set(result.rows.map((row) => Number(row.later)));
}
