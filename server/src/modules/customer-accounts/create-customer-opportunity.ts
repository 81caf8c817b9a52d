import type { z } from 'zod';
import { recordChange } from '../../platform/audit.ts';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { DomainError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { findCustomerAccount } from './find-customer-account.ts';
import { type createOpportunityInput, presentOpportunity } from './schemas.ts';
import { customerOpportunities } from './tables.ts';

export async function createCustomerOpportunity({
  ctx,
  accountId,
  input,
}: {
  ctx: Ctx;
  accountId: string;
  input: z.infer<typeof createOpportunityInput>;
}) {
  const actor = assertActorCan(ctx, 'accounts:manage');
  return withTransaction(ctx, async (tx) => {
    await findCustomerAccount(tx, actor.workspaceId, accountId, { forUpdate: true });
    const [row] = await tx
      .insert(customerOpportunities)
      .values({
        id: newId('customerOpportunity'),
        workspaceId: actor.workspaceId,
        accountId,
        name: input.name,
        stage: input.stage,
        isOpen: input.isOpen,
        amount: input.amount ?? null,
        currency: input.currency ?? null,
        closeDate: input.closeDate ?? null,
        ownerName: input.ownerName || null,
        externalId: input.externalId || null,
      })
      .onConflictDoNothing()
      .returning();
    if (!row) throw externalIdTaken();
    const created = presentOpportunity(row);
    await recordChange(tx, ctx, {
      action: 'customer_opportunity.created',
      entityType: 'customer_opportunity',
      entityId: created.id,
      organisationId: null,
      after: created,
    });
    return created;
  });
}

export const externalIdTaken = () =>
  new DomainError(
    'conflict',
    'customer_opportunity_external_id_taken',
    'Another opportunity already has this external id.',
    [{ field: 'body.externalId', message: 'is already used by another opportunity' }],
  );
