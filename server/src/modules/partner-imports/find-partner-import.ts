import { and, eq, isNull, sql } from 'drizzle-orm';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import type { Transaction } from '../../platform/db/connection.ts';
import { oneOrNotFound } from '../../platform/db/one-or-not-found.ts';
import { presentPartnerImport } from './schemas.ts';
import { partnerImportRows, partnerImports } from './tables.ts';

export async function findPartnerImport(
  tx: Transaction,
  workspaceId: string,
  id: string,
  { forUpdate = false } = {},
) {
  const query = tx
    .select()
    .from(partnerImports)
    .where(and(eq(partnerImports.workspaceId, workspaceId), eq(partnerImports.id, id)));
  return oneOrNotFound(query, 'partner_import', { forUpdate });
}

/** Proposed duplicates nobody has decided on yet. */
export async function countPendingDuplicates(tx: Transaction, importId: string): Promise<number> {
  const [row] = await tx
    .select({ count: sql<number>`count(*)::int` })
    .from(partnerImportRows)
    .where(
      and(
        eq(partnerImportRows.importId, importId),
        eq(partnerImportRows.status, 'duplicate'),
        isNull(partnerImportRows.decision),
        isNull(partnerImportRows.outcome),
      ),
    );
  return row?.count ?? 0;
}

export async function presentWithPending(tx: Transaction, row: typeof partnerImports.$inferSelect) {
  return presentPartnerImport(row, await countPendingDuplicates(tx, row.id));
}

export async function getPartnerImport({ ctx, id }: { ctx: Ctx; id: string }) {
  const actor = assertActorCan(ctx, 'partners:import');
  return withTransaction(ctx, async (tx) =>
    presentWithPending(tx, await findPartnerImport(tx, actor.workspaceId, id)),
  );
}
