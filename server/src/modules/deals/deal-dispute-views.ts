import { and, asc, desc, eq, inArray, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { type Ctx, isPartnerActor } from '../../platform/context.ts';
import type { Transaction } from '../../platform/db/connection.ts';
import { notFound } from '../../platform/errors.ts';
import { iso } from '../../platform/http/schemas.ts';
import { organisations } from '../organisations/tables.ts';
import { users } from '../users/tables.ts';
import type { DealDisputeDto } from './collaboration-schemas.ts';
import { referenceOf } from './schemas.ts';
import { dealDisputeComments, dealDisputes, dealRegistrations } from './tables.ts';

const contested = alias(dealRegistrations, 'contested');
const contestedPartner = alias(organisations, 'contested_partner');

/**
 * Disputes as the reader may see them. Row-level security already keeps a partner to its own
 * disputes; the contested registration (the other partner's) is added for vendor staff only.
 */
export async function loadDisputes(
  tx: Transaction,
  ctx: Ctx,
  where: SQL | undefined,
  { limit = 200 }: { limit?: number } = {},
): Promise<DealDisputeDto[]> {
  const rows = await tx
    .select({
      dispute: dealDisputes,
      number: dealRegistrations.number,
      customerName: dealRegistrations.customerName,
      registrationStatus: dealRegistrations.status,
      partnerName: organisations.name,
      raiserName: users.name,
      raiserOrganisationId: users.organisationId,
    })
    .from(dealDisputes)
    .innerJoin(dealRegistrations, eq(dealRegistrations.id, dealDisputes.registrationId))
    .leftJoin(organisations, eq(organisations.id, dealDisputes.organisationId))
    .leftJoin(users, eq(users.id, dealDisputes.raisedById))
    .where(where)
    .orderBy(desc(dealDisputes.id))
    .limit(limit);
  const forVendor = !isPartnerActor(ctx.actor);
  const contestedIds = rows.flatMap((row) =>
    forVendor && row.dispute.contestedRegistrationId ? [row.dispute.contestedRegistrationId] : [],
  );
  const contestedRows =
    contestedIds.length === 0
      ? []
      : await tx
          .select({ id: contested.id, number: contested.number, partnerName: contestedPartner.name })
          .from(contested)
          .leftJoin(contestedPartner, eq(contestedPartner.id, contested.organisationId))
          .where(inArray(contested.id, contestedIds));
  const contestedById = new Map(contestedRows.map((row) => [row.id, row]));
  return rows.map(({ dispute, ...row }) => {
    const other = dispute.contestedRegistrationId
      ? contestedById.get(dispute.contestedRegistrationId)
      : undefined;
    return {
      id: dispute.id,
      registrationId: dispute.registrationId,
      registrationReference: referenceOf(row.number),
      customerName: row.customerName,
      registrationStatus: row.registrationStatus,
      organisationId: dispute.organisationId,
      partnerName: row.partnerName,
      subject: dispute.subject,
      reason: dispute.reason,
      evidenceUrls: dispute.evidenceUrls,
      status: dispute.status,
      raisedByName: row.raiserName,
      raisedBySide: row.raiserOrganisationId === dispute.organisationId ? 'partner' : 'vendor',
      decidedAt: iso(dispute.decidedAt),
      rationale: dispute.rationale,
      createdAt: iso(dispute.createdAt),
      ...(forVendor
        ? {
            contestedRegistration: other
              ? { id: other.id, reference: referenceOf(other.number), partnerName: other.partnerName }
              : null,
          }
        : {}),
    };
  });
}

export async function loadDisputeDetail(tx: Transaction, ctx: Ctx, id: string) {
  const [dispute] = await loadDisputes(tx, ctx, eq(dealDisputes.id, id), { limit: 1 });
  if (!dispute) throw notFound('deal_dispute');
  // Vendor-internal comments are filtered by row-level security for partners, not here.
  const comments = await tx
    .select({
      comment: dealDisputeComments,
      authorName: users.name,
      authorOrganisationId: users.organisationId,
    })
    .from(dealDisputeComments)
    .leftJoin(users, eq(users.id, dealDisputeComments.authorId))
    .where(and(eq(dealDisputeComments.disputeId, id)))
    .orderBy(asc(dealDisputeComments.id));
  return {
    ...dispute,
    comments: comments.map(({ comment, authorName, authorOrganisationId }) => ({
      id: comment.id,
      authorName,
      authorSide:
        authorOrganisationId === comment.organisationId ? ('partner' as const) : ('vendor' as const),
      isVendorInternal: comment.isVendorInternal,
      body: comment.body,
      evidenceUrls: comment.evidenceUrls,
      createdAt: iso(comment.createdAt),
    })),
  };
}

export async function findDispute(tx: Transaction, id: string, { forUpdate = false } = {}) {
  const query = tx.select().from(dealDisputes).where(eq(dealDisputes.id, id));
  const [row] = forUpdate ? await query.for('update') : await query;
  if (!row) throw notFound('deal_dispute');
  return row;
}
