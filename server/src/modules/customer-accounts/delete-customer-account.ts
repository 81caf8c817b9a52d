import { and, eq } from 'drizzle-orm';
import { recordChange } from '../../platform/audit.ts';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { DomainError } from '../../platform/errors.ts';
import { assertVersion } from '../../platform/http/concurrency.ts';
import { findCustomerAccount } from './find-customer-account.ts';
import { auditedAccount } from './schemas.ts';
import { customerAccounts, customerOpportunities } from './tables.ts';

/** Only an account without opportunities may go; its opportunities are the CRM's history. */
export async function deleteCustomerAccount({
  ctx,
  id,
  expectedVersion,
}: {
  ctx: Ctx;
  id: string;
  expectedVersion: number | undefined;
}) {
  const actor = assertActorCan(ctx, 'accounts:manage');
  await withTransaction(ctx, async (tx) => {
    const current = await findCustomerAccount(tx, actor.workspaceId, id, { forUpdate: true });
    assertVersion('customer account', current.version, expectedVersion);
    const [opportunity] = await tx
      .select({ id: customerOpportunities.id })
      .from(customerOpportunities)
      .where(
        and(
          eq(customerOpportunities.workspaceId, actor.workspaceId),
          eq(customerOpportunities.accountId, id),
        ),
      )
      .limit(1);
    if (opportunity) {
      throw new DomainError(
        'conflict',
        'customer_account_has_opportunities',
        'This account has opportunities, so it cannot be deleted. Delete its opportunities first.',
      );
    }
    await tx
      .delete(customerAccounts)
      .where(and(eq(customerAccounts.workspaceId, actor.workspaceId), eq(customerAccounts.id, id)));
    await recordChange(tx, ctx, {
      action: 'customer_account.deleted',
      entityType: 'customer_account',
      entityId: id,
      organisationId: null,
      before: auditedAccount(current),
    });
  });
}
