import { and, desc, eq, exists, lt, not, or, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { decodeCursor, type PageQuery, toPage } from '../../platform/http/pagination.ts';
import { normaliseCompanyName, registrableDomainOf } from '../deals/index.ts';
import { findCustomerAccount, openTotalsOf } from './find-customer-account.ts';
import { type listAccountsQuery, presentAccount } from './schemas.ts';
import { customerAccounts, customerOpportunities } from './tables.ts';

/**
 * The vendor's customer accounts, newest first. Text search compares the normalised name (so
 * "ACME Inc." finds "Acme") through the trigram index, or a domain exactly.
 */
export async function listCustomerAccounts({
  ctx,
  query,
}: {
  ctx: Ctx;
  query: PageQuery & z.infer<typeof listAccountsQuery>;
}) {
  const actor = assertActorCan(ctx, 'accounts:read');
  const after = decodeCursor(query.cursor);
  const hasOpen = exists(
    sql`(SELECT 1 FROM ${customerOpportunities} WHERE ${customerOpportunities.accountId} = ${customerAccounts.id} AND ${customerOpportunities.isOpen})`,
  );
  const filters: (SQL | undefined)[] = [
    eq(customerAccounts.workspaceId, actor.workspaceId),
    after ? lt(customerAccounts.id, after) : undefined,
    query.isDirectOnly ? eq(customerAccounts.isDirectOnly, query.isDirectOnly === 'true') : undefined,
    query.country ? eq(customerAccounts.country, query.country) : undefined,
    query.hasOpenOpportunity === 'true' ? hasOpen : undefined,
    query.hasOpenOpportunity === 'false' ? not(hasOpen) : undefined,
  ];
  if (query.q) {
    const name = normaliseCompanyName(query.q);
    const domain = query.q.includes('.') ? registrableDomainOf(query.q) : null;
    filters.push(
      or(
        name ? sql`${customerAccounts.normalisedName} ILIKE ${`%${escapeLike(name)}%`}` : undefined,
        domain ? sql`${customerAccounts.domains} @> ARRAY[${domain}]::text[]` : undefined,
      ) ?? sql`false`,
    );
  }
  return withTransaction(ctx, async (tx) => {
    const rows = await tx
      .select()
      .from(customerAccounts)
      .where(and(...filters))
      .orderBy(desc(customerAccounts.id))
      .limit(query.limit + 1);
    const totals = await openTotalsOf(
      tx,
      actor.workspaceId,
      rows.map((row) => row.id),
    );
    return toPage(rows, query.limit, (row) => presentAccount(row, totals.get(row.id)));
  });
}

export async function getCustomerAccount({ ctx, id }: { ctx: Ctx; id: string }) {
  const actor = assertActorCan(ctx, 'accounts:read');
  return withTransaction(ctx, async (tx) => {
    const row = await findCustomerAccount(tx, actor.workspaceId, id);
    const totals = await openTotalsOf(tx, actor.workspaceId, [id]);
    return presentAccount(row, totals.get(id));
  });
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}
