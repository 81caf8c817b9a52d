import { and, eq, gt, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import { recordChange } from '../../platform/audit.ts';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import type { Transaction } from '../../platform/db/connection.ts';
import { DomainError } from '../../platform/errors.ts';
import { sessions } from '../auth/tables.ts';
import { invitations } from '../users/tables.ts';
import { findOrganisation, presentWithManager } from './get-organisation.ts';
import { type offboardInput, presentOrganisation } from './schemas.ts';
import { organisations } from './tables.ts';

/**
 * Ends a partner's access at once and keeps its records. Its people's sessions are deleted, and
 * every request of a session or API key checks the organisation's status, so nothing of theirs
 * works from the next request on; its webhook endpoints receive nothing while it is inactive;
 * pending invitations are revoked. Deals, agreements and contacts stay readable to the vendor.
 */
export async function offboardPartner({
  ctx,
  id,
  input,
  now,
}: {
  ctx: Ctx;
  id: string;
  input: z.infer<typeof offboardInput>;
  now: Date;
}) {
  const actor = assertActorCan(ctx, 'organisations:manage');
  return withTransaction(ctx, async (tx) => {
    const current = await findPartnerForStatusChange(tx, actor.workspaceId, id);
    if (current.status === 'inactive') {
      throw new DomainError('conflict', 'already_offboarded', `${current.name} is already offboarded.`);
    }
    const updated = await setStatus(tx, current, 'inactive', now);
    await tx
      .delete(sessions)
      .where(and(eq(sessions.workspaceId, actor.workspaceId), eq(sessions.organisationId, id)));
    const revoked = await tx
      .update(invitations)
      .set({ revokedAt: now })
      .where(
        and(
          eq(invitations.workspaceId, actor.workspaceId),
          eq(invitations.organisationId, id),
          isNull(invitations.acceptedAt),
          isNull(invitations.revokedAt),
          gt(invitations.expiresAt, now),
        ),
      )
      .returning({ id: invitations.id });
    await recordChange(tx, ctx, {
      action: 'organisation.offboarded',
      entityType: 'organisation',
      entityId: id,
      organisationId: id,
      before: presentOrganisation(current),
      after: { ...presentOrganisation(updated), reason: input.reason, revokedInvitations: revoked.length },
    });
    return presentWithManager(tx, updated);
  });
}

export async function findPartnerForStatusChange(tx: Transaction, workspaceId: string, id: string) {
  const current = await findOrganisation(tx, workspaceId, id, { forUpdate: true });
  if (current.kind === 'vendor') {
    throw new DomainError(
      'validation',
      'vendor_cannot_be_offboarded',
      'The vendor organisation stays active.',
    );
  }
  return current;
}

export async function setStatus(
  tx: Transaction,
  current: typeof organisations.$inferSelect,
  status: 'active' | 'inactive',
  now: Date,
) {
  const [updated] = await tx
    .update(organisations)
    .set({ status, version: current.version + 1, updatedAt: now })
    .where(and(eq(organisations.workspaceId, current.workspaceId), eq(organisations.id, current.id)))
    .returning();
  return updated!;
}
