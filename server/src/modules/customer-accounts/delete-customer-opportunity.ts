import { and, eq } from 'drizzle-orm';
import { recordChange } from '../../platform/audit.ts';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { assertVersion } from '../../platform/http/concurrency.ts';
import { findCustomerOpportunity } from './find-customer-account.ts';
import { presentOpportunity } from './schemas.ts';
import { customerOpportunities } from './tables.ts';

export async function deleteCustomerOpportunity({
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
    const current = await findCustomerOpportunity(tx, actor.workspaceId, id, { forUpdate: true });
    assertVersion('customer opportunity', current.version, expectedVersion);
    await tx
      .delete(customerOpportunities)
      .where(and(eq(customerOpportunities.workspaceId, actor.workspaceId), eq(customerOpportunities.id, id)));
    await recordChange(tx, ctx, {
      action: 'customer_opportunity.deleted',
      entityType: 'customer_opportunity',
      entityId: id,
      organisationId: null,
      before: presentOpportunity(current),
    });
  });
}
