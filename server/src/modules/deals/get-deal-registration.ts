import { asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { assertActorCan, type Ctx, isPartnerActor, withTransaction } from '../../platform/context.ts';
import type { Transaction } from '../../platform/db/connection.ts';
import { notFound } from '../../platform/errors.ts';
import { customerAccounts, customerOpportunities } from '../customer-accounts/tables.ts';
import { organisations } from '../organisations/tables.ts';
import { users } from '../users/tables.ts';
import { loadDealCollaboration } from './deal-collaboration-detail.ts';
import { loadDealApprovalSteps, loadDealExtensions } from './load-deal-approvals.ts';
import { type ConflictDto, type DealConflictRow, referenceOf, toDealRegistrationDto } from './schemas.ts';
import { dealRegistrationConflicts, dealRegistrations } from './tables.ts';

export async function getDealRegistration({ ctx, id }: { ctx: Ctx; id: string }) {
  assertActorCan(ctx, 'deals:read');
  return withTransaction(ctx, (tx) => loadDealRegistrationDetail(tx, ctx, id));
}

/** One registration the actor can see, locked for an update when asked. */
export async function findDealRegistration(tx: Transaction, id: string, { forUpdate = false } = {}) {
  const query = tx.select().from(dealRegistrations).where(eq(dealRegistrations.id, id));
  const [row] = forUpdate ? await query.for('update') : await query;
  if (!row) throw notFound('deal_registration');
  return row;
}

export async function loadDealRegistrationDetail(tx: Transaction, ctx: Ctx, id: string) {
  const row = await findDealRegistration(tx, id);
  const [partner] = await tx
    .select({ name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, row.organisationId));
  const conflictRows = await tx
    .select()
    .from(dealRegistrationConflicts)
    .where(eq(dealRegistrationConflicts.registrationId, id))
    .orderBy(desc(dealRegistrationConflicts.score), asc(dealRegistrationConflicts.id));
  const conflicts = isPartnerActor(ctx.actor)
    ? conflictRows.map(forPartner)
    : await withMatchedRecords(tx, conflictRows);
  return {
    ...toDealRegistrationDto(row, partner?.name ?? null),
    conflicts,
    approvals: await loadDealApprovalSteps(tx, ctx, row),
    extensions: await loadDealExtensions(tx, id),
    ...(await loadDealCollaboration(tx, ctx, row)),
  };
}

export type DealRegistrationDetail = Awaited<ReturnType<typeof loadDealRegistrationDetail>>;

/** What the registering partner may read of a conflict: the kind, the score and the reason. */
export function forPartner(
  row: Pick<DealConflictRow, 'kind' | 'score' | 'signals' | 'isBlocking' | 'reason'>,
): ConflictDto {
  return {
    kind: row.kind,
    score: row.score,
    signals: row.signals,
    isBlocking: row.isBlocking,
    reason: row.reason,
  };
}

/** Vendor staff see the matched registration or account beside the reason, for side-by-side review. */
async function withMatchedRecords(tx: Transaction, rows: DealConflictRow[]): Promise<ConflictDto[]> {
  const registrationIds = rows.flatMap((row) =>
    row.matchedRegistrationId ? [row.matchedRegistrationId] : [],
  );
  const accountIds = rows.flatMap((row) => (row.matchedAccountId ? [row.matchedAccountId] : []));
  const matchedRegistrations =
    registrationIds.length === 0
      ? []
      : await tx
          .select({
            id: dealRegistrations.id,
            number: dealRegistrations.number,
            customerName: dealRegistrations.customerName,
            customerDomain: dealRegistrations.customerDomain,
            country: dealRegistrations.country,
            status: dealRegistrations.status,
            amount: dealRegistrations.amount,
            currency: dealRegistrations.currency,
            registeredAt: dealRegistrations.registeredAt,
            partnerName: organisations.name,
          })
          .from(dealRegistrations)
          .leftJoin(organisations, eq(organisations.id, dealRegistrations.organisationId))
          .where(inArray(dealRegistrations.id, registrationIds));
  const matchedAccounts =
    accountIds.length === 0
      ? []
      : await tx
          .select({
            id: customerAccounts.id,
            name: customerAccounts.name,
            domains: customerAccounts.domains,
            country: customerAccounts.country,
            isDirectOnly: customerAccounts.isDirectOnly,
            // The CRM's owner name wins; a Trellis owner is named from the user record.
            ownerName: sql<string | null>`coalesce(${customerAccounts.ownerName}, ${users.name})`,
            openOpportunityCount: sql<number>`(
              select count(*)::int from ${customerOpportunities}
              where ${customerOpportunities.accountId} = ${customerAccounts.id}
                and ${customerOpportunities.isOpen})`,
          })
          .from(customerAccounts)
          .leftJoin(users, eq(users.id, customerAccounts.ownerUserId))
          .where(inArray(customerAccounts.id, accountIds));
  const registrationById = new Map(matchedRegistrations.map((match) => [match.id, match]));
  const accountById = new Map(matchedAccounts.map((match) => [match.id, match]));
  return rows.map((row) => {
    const registration = row.matchedRegistrationId
      ? registrationById.get(row.matchedRegistrationId)
      : undefined;
    const account = row.matchedAccountId ? accountById.get(row.matchedAccountId) : undefined;
    return {
      ...forPartner(row),
      matchedRegistrationId: row.matchedRegistrationId,
      matchedAccountId: row.matchedAccountId,
      matchedName: registration?.customerName ?? account?.name ?? null,
      matchedPartnerName: registration?.partnerName ?? null,
      matchedDomains: registration
        ? registration.customerDomain
          ? [registration.customerDomain]
          : []
        : (account?.domains ?? []),
      matchedCountry: registration?.country ?? account?.country ?? null,
      matchedRegistration: registration
        ? {
            reference: referenceOf(registration.number),
            status: registration.status,
            amount: registration.amount,
            currency: registration.currency,
            registeredAt: registration.registeredAt.toISOString(),
            partnerName: registration.partnerName,
          }
        : null,
      matchedAccount: account
        ? {
            ownerName: account.ownerName,
            isDirectOnly: account.isDirectOnly,
            openOpportunityCount: Number(account.openOpportunityCount),
          }
        : null,
    };
  });
}
