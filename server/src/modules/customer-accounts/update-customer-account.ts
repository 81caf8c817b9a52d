import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { recordChange } from '../../platform/audit.ts';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { assertVersion } from '../../platform/http/concurrency.ts';
import { normaliseCompanyName } from '../deals/index.ts';
import { registrableDomains } from './account-domains.ts';
import { assertExternalIdFree } from './account-identity.ts';
import { assertVendorUser } from './account-owner.ts';
import { findCustomerAccount, openTotalsOf } from './find-customer-account.ts';
import { auditedAccount, presentAccount, type updateAccountInput } from './schemas.ts';
import { customerAccounts } from './tables.ts';

/**
 * Changing an account. Reserving it for direct sales (or releasing it) changes what partners may
 * register, so that is recorded as an event of its own besides the update.
 */
export async function updateCustomerAccount({
  ctx,
  id,
  input,
  expectedVersion,
  now,
}: {
  ctx: Ctx;
  id: string;
  input: z.infer<typeof updateAccountInput>;
  expectedVersion: number | undefined;
  now: Date;
}) {
  const actor = assertActorCan(ctx, 'accounts:manage');
  return withTransaction(ctx, async (tx) => {
    const current = await findCustomerAccount(tx, actor.workspaceId, id, { forUpdate: true });
    assertVersion('customer account', current.version, expectedVersion);
    if (input.ownerUserId !== undefined) await assertVendorUser(tx, actor.workspaceId, input.ownerUserId);
    if (input.externalId) await assertExternalIdFree(tx, actor.workspaceId, input.externalId, id);
    const isDirectOnly = input.isDirectOnly ?? current.isDirectOnly;
    const reason =
      input.directOnlyReason !== undefined ? input.directOnlyReason || null : current.directOnlyReason;
    const [row] = await tx
      .update(customerAccounts)
      .set({
        ...(input.name !== undefined
          ? { name: input.name, normalisedName: normaliseCompanyName(input.name) }
          : {}),
        ...(input.domains !== undefined ? { domains: registrableDomains(input.domains) } : {}),
        ...(input.country !== undefined ? { country: input.country } : {}),
        ...(input.ownerUserId !== undefined ? { ownerUserId: input.ownerUserId } : {}),
        ...(input.ownerName !== undefined ? { ownerName: input.ownerName || null } : {}),
        ...(input.externalId !== undefined ? { externalId: input.externalId || null } : {}),
        isDirectOnly,
        directOnlyReason: isDirectOnly ? reason : null,
        version: current.version + 1,
        updatedAt: now,
      })
      .where(and(eq(customerAccounts.workspaceId, actor.workspaceId), eq(customerAccounts.id, id)))
      .returning();
    const before = auditedAccount(current);
    const after = auditedAccount(row!);
    await recordChange(tx, ctx, {
      action: 'customer_account.updated',
      entityType: 'customer_account',
      entityId: id,
      organisationId: null,
      before,
      after,
    });
    if (current.isDirectOnly !== row!.isDirectOnly) {
      await recordChange(tx, ctx, {
        action: 'customer_account.direct_only_changed',
        entityType: 'customer_account',
        entityId: id,
        organisationId: null,
        before: { name: current.name, isDirectOnly: current.isDirectOnly },
        after: { name: row!.name, isDirectOnly: row!.isDirectOnly, directOnlyReason: row!.directOnlyReason },
      });
    }
    const totals = await openTotalsOf(tx, actor.workspaceId, [id]);
    return presentAccount(row!, totals.get(id));
  });
}
