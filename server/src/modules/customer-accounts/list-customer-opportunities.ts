import { and, desc, eq } from 'drizzle-orm';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { findCustomerAccount } from './find-customer-account.ts';
import { presentOpportunity } from './schemas.ts';
import { customerOpportunities } from './tables.ts';

/** An account's opportunities, newest first; a CRM account rarely holds more than a few dozen. */
export async function listCustomerOpportunities({ ctx, accountId }: { ctx: Ctx; accountId: string }) {
  const actor = assertActorCan(ctx, 'accounts:read');
  return withTransaction(ctx, async (tx) => {
    await findCustomerAccount(tx, actor.workspaceId, accountId);
    const rows = await tx
      .select()
      .from(customerOpportunities)
      .where(
        and(
          eq(customerOpportunities.workspaceId, actor.workspaceId),
          eq(customerOpportunities.accountId, accountId),
        ),
      )
      .orderBy(desc(customerOpportunities.id))
      .limit(500);
    return { data: rows.map(presentOpportunity) };
  });
}
