import { eq } from 'drizzle-orm';
import type { Transaction } from '../../platform/db/connection.ts';
import { idealPartnerProfiles } from './tables.ts';

/** The workspace's profile row, or null before anyone saved one (the defaults then apply). */
export async function findIdealPartnerProfile(
  tx: Transaction,
  workspaceId: string,
  { forUpdate = false } = {},
) {
  const query = tx
    .select()
    .from(idealPartnerProfiles)
    .where(eq(idealPartnerProfiles.workspaceId, workspaceId));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row ?? null;
}
