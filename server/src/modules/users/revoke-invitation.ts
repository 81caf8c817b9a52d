import { and, eq } from 'drizzle-orm';
import { recordChange } from '../../platform/audit.ts';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { DomainError, notFound } from '../../platform/errors.ts';
import type { Role } from '../../platform/permissions.ts';
import { assertCanAssignRole } from './role-rules.ts';
import { presentInvitation } from './schemas.ts';
import { invitations } from './tables.ts';

export async function revokeInvitation({ ctx, id, now }: { ctx: Ctx; id: string; now: Date }) {
  const actor = assertActorCan(ctx, 'invitations:manage');
  return withTransaction(ctx, async (tx) => {
    const where = and(eq(invitations.workspaceId, actor.workspaceId), eq(invitations.id, id));
    const [current] = await tx.select().from(invitations).where(where);
    if (!current) throw notFound('invitation');
    // Withdrawing an invitation takes the same authority as issuing it.
    assertCanAssignRole(actor.role, current.role as Role);
    const before = presentInvitation(current, now);
    if (before.status !== 'pending') {
      throw new DomainError(
        'conflict',
        'invitation_not_pending',
        `This invitation is already ${before.status}.`,
      );
    }
    const [row] = await tx.update(invitations).set({ revokedAt: now }).where(where).returning();
    const after = presentInvitation(row!, now);
    await recordChange(tx, ctx, {
      action: 'invitation.revoked',
      entityType: 'invitation',
      entityId: id,
      organisationId: current.organisationId,
      before,
      after,
    });
    return after;
  });
}
