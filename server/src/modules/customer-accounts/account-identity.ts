import { and, eq, ne } from 'drizzle-orm';
import type { Transaction } from '../../platform/db/connection.ts';
import { DomainError } from '../../platform/errors.ts';
import { customerAccounts } from './tables.ts';

/** The CRM's id names one account per workspace, so a re-import finds it again. */
export async function assertExternalIdFree(
  tx: Transaction,
  workspaceId: string,
  externalId: string | null | undefined,
  exceptAccountId?: string,
): Promise<void> {
  if (!externalId) return;
  const [taken] = await tx
    .select({ id: customerAccounts.id })
    .from(customerAccounts)
    .where(
      and(
        eq(customerAccounts.workspaceId, workspaceId),
        eq(customerAccounts.externalId, externalId),
        exceptAccountId ? ne(customerAccounts.id, exceptAccountId) : undefined,
      ),
    );
  if (taken) {
    throw new DomainError(
      'conflict',
      'customer_account_external_id_taken',
      'Another customer account already has this external id.',
      [{ field: 'body.externalId', message: 'is already used by another account' }],
    );
  }
}
