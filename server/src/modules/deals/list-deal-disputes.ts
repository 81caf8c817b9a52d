import { and, eq, lt, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { decodeCursor, type PageQuery, toPage } from '../../platform/http/pagination.ts';
import type { listDealDisputesQuery } from './collaboration-schemas.ts';
import { loadDisputes } from './deal-dispute-views.ts';
import { dealDisputes } from './tables.ts';

/** Disputes the actor can see, newest first: a partner its own, vendor staff all (by region). */
export async function listDealDisputes({
  ctx,
  query,
}: {
  ctx: Ctx;
  query: PageQuery & z.infer<typeof listDealDisputesQuery>;
}) {
  assertActorCan(ctx, 'deals:read');
  const after = decodeCursor(query.cursor);
  const filters: (SQL | undefined)[] = [
    after ? lt(dealDisputes.id, after) : undefined,
    query.status ? eq(dealDisputes.status, query.status) : undefined,
    query.registrationId ? eq(dealDisputes.registrationId, query.registrationId) : undefined,
  ];
  return withTransaction(ctx, async (tx) => {
    const rows = await loadDisputes(tx, ctx, and(...filters), { limit: query.limit + 1 });
    return toPage(rows, query.limit, (row) => row);
  });
}
