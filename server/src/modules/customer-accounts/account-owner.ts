import { and, eq } from 'drizzle-orm';
import type { Transaction } from '../../platform/db/connection.ts';
import { invalid } from '../../platform/errors.ts';
import { findVendorOrganisationId } from '../organisations/get-organisation.ts';
import { users } from '../users/tables.ts';

/** An account is owned by one of the vendor's own people, never by a partner's. */
export async function assertVendorUser(
  tx: Transaction,
  workspaceId: string,
  userId: string | null | undefined,
): Promise<void> {
  if (!userId) return;
  const vendorId = await findVendorOrganisationId(tx, workspaceId);
  const [owner] = await tx
    .select({ id: users.id })
    .from(users)
    .where(
      and(eq(users.workspaceId, workspaceId), eq(users.id, userId), eq(users.organisationId, vendorId ?? '')),
    );
  if (!owner) throw invalid('body.ownerUserId', 'must be a user of the vendor in this workspace');
}
