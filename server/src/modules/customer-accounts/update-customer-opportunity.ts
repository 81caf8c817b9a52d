import { and, eq, ne } from 'drizzle-orm';
import type { z } from 'zod';
import { recordChange } from '../../platform/audit.ts';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { invalid } from '../../platform/errors.ts';
import { assertVersion } from '../../platform/http/concurrency.ts';
import { externalIdTaken } from './create-customer-opportunity.ts';
import { findCustomerOpportunity } from './find-customer-account.ts';
import { presentOpportunity, type updateOpportunityInput } from './schemas.ts';
import { customerOpportunities } from './tables.ts';

export async function updateCustomerOpportunity({
  ctx,
  id,
  input,
  expectedVersion,
  now,
}: {
  ctx: Ctx;
  id: string;
  input: z.infer<typeof updateOpportunityInput>;
  expectedVersion: number | undefined;
  now: Date;
}) {
  const actor = assertActorCan(ctx, 'accounts:manage');
  return withTransaction(ctx, async (tx) => {
    const current = await findCustomerOpportunity(tx, actor.workspaceId, id, { forUpdate: true });
    assertVersion('customer opportunity', current.version, expectedVersion);
    const amount = input.amount !== undefined ? input.amount : current.amount;
    const currency = input.currency !== undefined ? input.currency : current.currency;
    if (amount !== null && !currency) throw invalid('body.currency', 'must be given with an amount');
    if (input.externalId) {
      const [taken] = await tx
        .select({ id: customerOpportunities.id })
        .from(customerOpportunities)
        .where(
          and(
            eq(customerOpportunities.workspaceId, actor.workspaceId),
            eq(customerOpportunities.externalId, input.externalId),
            ne(customerOpportunities.id, id),
          ),
        );
      if (taken) throw externalIdTaken();
    }
    const { ownerName, externalId, ...rest } = input;
    const [row] = await tx
      .update(customerOpportunities)
      .set({
        ...rest,
        ...(ownerName !== undefined ? { ownerName: ownerName || null } : {}),
        ...(externalId !== undefined ? { externalId: externalId || null } : {}),
        version: current.version + 1,
        updatedAt: now,
      })
      .where(and(eq(customerOpportunities.workspaceId, actor.workspaceId), eq(customerOpportunities.id, id)))
      .returning();
    const after = presentOpportunity(row!);
    await recordChange(tx, ctx, {
      action: 'customer_opportunity.updated',
      entityType: 'customer_opportunity',
      entityId: id,
      organisationId: null,
      before: presentOpportunity(current),
      after,
    });
    return after;
  });
}
