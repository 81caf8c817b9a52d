import type { z } from 'zod';
import { recordChange } from '../../platform/audit.ts';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { newId } from '../../platform/ids.ts';
import { normaliseCompanyName } from '../deals/index.ts';
import { registrableDomains } from './account-domains.ts';
import { assertExternalIdFree } from './account-identity.ts';
import { assertVendorUser } from './account-owner.ts';
import { auditedAccount, type createAccountInput, presentAccount } from './schemas.ts';
import { customerAccounts } from './tables.ts';

export async function createCustomerAccount({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: z.infer<typeof createAccountInput>;
}) {
  const actor = assertActorCan(ctx, 'accounts:manage');
  const domains = registrableDomains(input.domains);
  return withTransaction(ctx, async (tx) => {
    await assertVendorUser(tx, actor.workspaceId, input.ownerUserId);
    await assertExternalIdFree(tx, actor.workspaceId, input.externalId);
    const [row] = await tx
      .insert(customerAccounts)
      .values({
        id: newId('customerAccount'),
        workspaceId: actor.workspaceId,
        name: input.name,
        normalisedName: normaliseCompanyName(input.name),
        domains,
        country: input.country ?? null,
        ownerUserId: input.ownerUserId ?? null,
        ownerName: input.ownerName || null,
        isDirectOnly: input.isDirectOnly,
        directOnlyReason: input.isDirectOnly ? input.directOnlyReason || null : null,
        externalId: input.externalId || null,
        source: 'api',
      })
      .returning();
    await recordChange(tx, ctx, {
      action: 'customer_account.created',
      entityType: 'customer_account',
      entityId: row!.id,
      organisationId: null,
      after: auditedAccount(row!),
    });
    return presentAccount(row!);
  });
}
