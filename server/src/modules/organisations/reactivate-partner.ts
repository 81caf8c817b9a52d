import type { z } from 'zod';
import { recordChange } from '../../platform/audit.ts';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { DomainError } from '../../platform/errors.ts';
import { presentWithManager } from './get-organisation.ts';
import { findPartnerForStatusChange, setStatus } from './offboard-partner.ts';
import { presentOrganisation, type reactivateInput } from './schemas.ts';

/** Lets an offboarded partner's people back in: those whose own accounts are still active. */
export async function reactivatePartner({
  ctx,
  id,
  input,
  now,
}: {
  ctx: Ctx;
  id: string;
  input: z.infer<typeof reactivateInput>;
  now: Date;
}) {
  const actor = assertActorCan(ctx, 'organisations:manage');
  return withTransaction(ctx, async (tx) => {
    const current = await findPartnerForStatusChange(tx, actor.workspaceId, id);
    if (current.status === 'active') {
      throw new DomainError('conflict', 'not_offboarded', `${current.name} is active already.`);
    }
    const updated = await setStatus(tx, current, 'active', now);
    await recordChange(tx, ctx, {
      action: 'organisation.reactivated',
      entityType: 'organisation',
      entityId: id,
      organisationId: id,
      before: presentOrganisation(current),
      after: { ...presentOrganisation(updated), reason: input.reason ?? null },
    });
    return presentWithManager(tx, updated);
  });
}
