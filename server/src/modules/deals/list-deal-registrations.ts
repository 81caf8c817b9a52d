import { and, desc, eq, ilike, lt, or, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { decodeCursor, type PageQuery, toPage } from '../../platform/http/pagination.ts';
import { organisations } from '../organisations/tables.ts';
import { type listDealRegistrationsQuery, toDealRegistrationDto } from './schemas.ts';
import { dealRegistrations } from './tables.ts';

/**
 * Registrations the actor can see, newest first: a partner its own, vendor staff every partner's
 * (a regional manager its regions'), filtered by status, stage, outcome, partner, region or text.
 */
export async function listDealRegistrations({
  ctx,
  query,
}: {
  ctx: Ctx;
  query: PageQuery & z.infer<typeof listDealRegistrationsQuery>;
}) {
  assertActorCan(ctx, 'deals:read');
  const after = decodeCursor(query.cursor);
  const filters: (SQL | undefined)[] = [
    after ? lt(dealRegistrations.id, after) : undefined,
    query.status ? eq(dealRegistrations.status, query.status) : undefined,
    query.stage ? eq(dealRegistrations.stage, query.stage) : undefined,
    query.conflictOutcome ? eq(dealRegistrations.conflictOutcome, query.conflictOutcome) : undefined,
    query.organisationId ? eq(dealRegistrations.organisationId, query.organisationId) : undefined,
    query.region ? eq(dealRegistrations.region, query.region) : undefined,
  ];
  if (query.q) {
    const reference = /^dr-?(\d{1,15})$/i.exec(query.q);
    filters.push(
      reference
        ? eq(dealRegistrations.number, Number(reference[1]))
        : or(
            ilike(dealRegistrations.customerName, `%${escapeLike(query.q)}%`),
            ilike(dealRegistrations.customerDomain, `%${escapeLike(query.q)}%`),
          ),
    );
  }
  return withTransaction(ctx, async (tx) => {
    const rows = await tx
      .select({ registration: dealRegistrations, partnerName: organisations.name })
      .from(dealRegistrations)
      .leftJoin(organisations, eq(organisations.id, dealRegistrations.organisationId))
      .where(and(...filters))
      .orderBy(desc(dealRegistrations.id))
      .limit(query.limit + 1);
    return toPage(
      rows.map((row) => ({ ...row, id: row.registration.id })),
      query.limit,
      (row) => toDealRegistrationDto(row.registration, row.partnerName),
    );
  });
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}
