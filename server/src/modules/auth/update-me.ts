import { and, eq, ne } from 'drizzle-orm';
import type { z } from 'zod';
import { recordChange } from '../../platform/audit.ts';
import { type Ctx, requireUser, withTransaction } from '../../platform/context.ts';
import { DomainError } from '../../platform/errors.ts';
import { findUser } from '../users/get-user.ts';
import { presentUser } from '../users/schemas.ts';
import { users } from '../users/tables.ts';
import { hashPassword, passwordField, verifyPassword } from './passwords.ts';
import type { changePasswordInput, updateMeInput } from './schemas.ts';
import { sessions } from './tables.ts';

export async function updateMe({ ctx, input }: { ctx: Ctx; input: z.infer<typeof updateMeInput> }) {
  const actor = requireUser(ctx);
  return withTransaction(ctx, async (tx) => {
    const current = await findUser(tx, actor.workspaceId, actor.userId, { forUpdate: true });
    const [row] = await tx
      .update(users)
      .set({ ...input, version: current.version + 1, updatedAt: new Date() })
      .where(eq(users.id, actor.userId))
      .returning();
    const before = presentUser(current);
    const after = presentUser(row!);
    await recordChange(tx, ctx, {
      action: 'user.profile_updated',
      entityType: 'user',
      entityId: actor.userId,
      organisationId: actor.organisationId,
      before,
      after,
    });
    return after;
  });
}

/** Changing the password signs out every other session of the user. */
export async function changePassword({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: z.infer<typeof changePasswordInput>;
}) {
  const actor = requireUser(ctx);
  const parsed = passwordField.safeParse(input.newPassword);
  if (!parsed.success) {
    throw new DomainError('validation', 'weak_password', 'Choose a longer password.', [
      { field: 'body.newPassword', message: parsed.error.issues[0]?.message ?? 'is too weak' },
    ]);
  }
  const passwordHash = await hashPassword(parsed.data);
  await withTransaction(ctx, async (tx) => {
    const current = await findUser(tx, actor.workspaceId, actor.userId);
    if (!(await verifyPassword(current.passwordHash, input.currentPassword))) {
      throw new DomainError('validation', 'wrong_password', 'Your current password is not right.', [
        { field: 'body.currentPassword', message: 'does not match' },
      ]);
    }
    await tx.update(users).set({ passwordHash, updatedAt: new Date() }).where(eq(users.id, actor.userId));
    await tx
      .delete(sessions)
      .where(
        and(
          eq(sessions.userId, actor.userId),
          actor.sessionId ? ne(sessions.id, actor.sessionId) : undefined,
        ),
      );
    await recordChange(tx, ctx, {
      action: 'user.password_changed',
      entityType: 'user',
      entityId: actor.userId,
      organisationId: actor.organisationId,
    });
  });
}
