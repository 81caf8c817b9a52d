import { and, eq, ne } from 'drizzle-orm';
import type { Transaction } from '../../platform/db/connection.ts';
import { notFound } from '../../platform/errors.ts';
import { partnerContacts } from './tables.ts';

export async function findPartnerContact(
  tx: Transaction,
  { workspaceId, organisationId, id }: { workspaceId: string; organisationId: string; id: string },
) {
  const [row] = await tx
    .select()
    .from(partnerContacts)
    .where(
      and(
        eq(partnerContacts.workspaceId, workspaceId),
        eq(partnerContacts.organisationId, organisationId),
        eq(partnerContacts.id, id),
      ),
    )
    .for('update');
  if (!row) throw notFound('contact');
  return row;
}

/**
 * At most one primary per partner (a unique index backs this): the previous primary becomes an
 * ordinary contact before the new one is written, in the same transaction.
 */
export async function unsetPrimaryContact(
  tx: Transaction,
  {
    workspaceId,
    organisationId,
    exceptId,
  }: { workspaceId: string; organisationId: string; exceptId?: string },
) {
  return tx
    .update(partnerContacts)
    .set({ isPrimary: false, updatedAt: new Date() })
    .where(
      and(
        eq(partnerContacts.workspaceId, workspaceId),
        eq(partnerContacts.organisationId, organisationId),
        eq(partnerContacts.isPrimary, true),
        exceptId ? ne(partnerContacts.id, exceptId) : undefined,
      ),
    )
    .returning({ id: partnerContacts.id });
}
