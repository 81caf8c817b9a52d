import { and, eq, sql } from 'drizzle-orm';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import type { Transaction } from '../../platform/db/connection.ts';
import { oneOrNotFound } from '../../platform/db/one-or-not-found.ts';
import { partnerManagerOf } from './partner-managers.ts';
import { type PartnerManagerDto, presentOrganisation } from './schemas.ts';
import { organisations } from './tables.ts';

/**
 * Row-level security hides what the actor may not see, so "not visible" and "absent" look alike.
 * Updates pass `forUpdate` so the version they check cannot change before they write.
 */
export async function findOrganisation(
  tx: Transaction,
  workspaceId: string,
  id: string,
  { forUpdate = false } = {},
) {
  const query = tx
    .select()
    .from(organisations)
    .where(and(eq(organisations.workspaceId, workspaceId), eq(organisations.id, id)));
  return oneOrNotFound(query, 'organisation', { forUpdate });
}

export async function getOrganisation({ ctx, id }: { ctx: Ctx; id: string }) {
  const actor = assertActorCan(ctx, 'organisations:read');
  return withTransaction(ctx, async (tx) =>
    presentWithManager(tx, await findOrganisation(tx, actor.workspaceId, id)),
  );
}

export async function presentWithManager(tx: Transaction, row: typeof organisations.$inferSelect) {
  if (!row.partnerManagerId) return presentOrganisation(row);
  const { rows } = await tx.execute<{ manager: PartnerManagerDto | null }>(
    sql`SELECT ${partnerManagerOf(sql`${row.partnerManagerId}::text`)} AS manager`,
  );
  return presentOrganisation(row, rows[0]?.manager ?? null);
}

/** The workspace's own organisation (exactly one per workspace). */
export async function findVendorOrganisationId(tx: Transaction, workspaceId: string): Promise<string | null> {
  const [vendor] = await tx
    .select({ id: organisations.id })
    .from(organisations)
    .where(and(eq(organisations.workspaceId, workspaceId), eq(organisations.kind, 'vendor')));
  return vendor?.id ?? null;
}
