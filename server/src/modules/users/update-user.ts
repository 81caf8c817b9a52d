import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { recordChange } from '../../platform/audit.ts';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { DomainError } from '../../platform/errors.ts';
import { assertVersion } from '../../platform/http/concurrency.ts';
import type { Role } from '../../platform/permissions.ts';
import { sessions } from '../auth/tables.ts';
import { findOrganisation } from '../organisations/get-organisation.ts';
import { findUser } from './get-user.ts';
import { assertCanAssignRole, assertRoleFitsOrganisation, regionsFor } from './role-rules.ts';
import { presentUser, type updateUserInput } from './schemas.ts';
import { users } from './tables.ts';

export async function updateUser({
  ctx,
  id,
  input,
  expectedVersion,
}: {
  ctx: Ctx;
  id: string;
  input: z.infer<typeof updateUserInput>;
  expectedVersion: number | undefined;
}) {
  const actor = assertActorCan(ctx, 'users:manage');
  return withTransaction(ctx, async (tx) => {
    const current = await findUser(tx, actor.workspaceId, id, { forUpdate: true });
    assertVersion('user', current.version, expectedVersion);
    const currentRole = current.role as Role;
    const isSelf = current.id === actor.userId;
    if (isSelf && (input.role !== undefined || input.status === 'deactivated')) {
      throw new DomainError(
        'forbidden',
        'cannot_change_own_access',
        'Ask another admin to change your own role or status.',
      );
    }
    // Managing someone requires being allowed to hand out their current role too: an admin
    // cannot demote the owner.
    assertCanAssignRole(actor.role, currentRole);
    const role = input.role ?? currentRole;
    if (input.role !== undefined) {
      assertCanAssignRole(actor.role, input.role);
      const organisation = await findOrganisation(tx, actor.workspaceId, current.organisationId);
      assertRoleFitsOrganisation(input.role, organisation.kind);
    }
    const regions =
      input.role !== undefined || input.regions !== undefined
        ? regionsFor(role, input.regions === undefined ? current.regions : input.regions)
        : current.regions;

    const [row] = await tx
      .update(users)
      .set({
        name: input.name ?? current.name,
        role,
        regions,
        status: input.status ?? current.status,
        version: current.version + 1,
        updatedAt: new Date(),
      })
      .where(and(eq(users.workspaceId, actor.workspaceId), eq(users.id, id)))
      .returning();
    if (input.status === 'deactivated') {
      await tx.delete(sessions).where(eq(sessions.userId, id));
    }
    const before = presentUser(current);
    const after = presentUser(row!);
    await recordChange(tx, ctx, {
      action: 'user.updated',
      entityType: 'user',
      entityId: id,
      organisationId: current.organisationId,
      before,
      after,
    });
    return after;
  });
}
