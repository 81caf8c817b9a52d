import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Config } from '../../config.ts';
import { recordChange } from '../../platform/audit.ts';
import { type Ctx, withTransaction } from '../../platform/context.ts';
import type { Database } from '../../platform/db/connection.ts';
import { DomainError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { randomToken, sha256Hex } from '../../platform/secrets.ts';
import { queueEmail } from '../notifications/queue-email.ts';
import { users } from '../users/tables.ts';
import { workspaceBranding } from '../workspaces/branding.ts';
import { hashPassword, passwordField } from './passwords.ts';
import { passwordResets, sessions } from './tables.ts';

export const PASSWORD_RESET_LIFETIME_MS = 60 * 60 * 1000;

/**
 * Sends a reset link if the address belongs to an active user. The answer is the same either way,
 * so the endpoint cannot be used to find out who has an account.
 */
export async function requestPasswordReset({
  db,
  email,
  now,
  config,
}: {
  db: Database;
  email: string;
  now: Date;
  config: Pick<Config, 'PUBLIC_URL'>;
}): Promise<void> {
  const found = await db.execute<{ user_id: string; workspace_id: string }>(
    sql`SELECT * FROM trellis_auth_principal_by_email(${email})`,
  );
  const principal = found.rows[0];
  if (!principal) return;
  const ctx: Ctx = {
    db,
    actor: { type: 'system', workspaceId: principal.workspace_id, reason: 'password reset' },
  };
  await withTransaction(ctx, async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.id, principal.user_id));
    if (user?.status !== 'active') return;
    const token = randomToken();
    await tx.insert(passwordResets).values({
      id: newId('passwordReset'),
      workspaceId: user.workspaceId,
      organisationId: user.organisationId,
      userId: user.id,
      tokenHash: sha256Hex(token),
      expiresAt: new Date(now.getTime() + PASSWORD_RESET_LIFETIME_MS),
      createdAt: now,
    });
    await queueEmail(tx, {
      branding: await workspaceBranding(tx, user.workspaceId, config.PUBLIC_URL),
      workspaceId: user.workspaceId,
      organisationId: user.organisationId,
      userId: user.id,
      to: user.email,
      template: 'user.password_reset_requested',
      locale: user.locale,
      vars: {
        userName: user.name,
        resetUrl: `${config.PUBLIC_URL}/reset-password?token=${token}`,
        expiresInMinutes: PASSWORD_RESET_LIFETIME_MS / 60_000,
      },
    });
  });
}

const invalidLink = () =>
  new DomainError('not_found', 'password_reset_invalid', 'This reset link is invalid, used or expired.', [
    { field: 'body.token', message: 'is not an open reset link' },
  ]);

/** Sets the new password, ends every session of the user and lifts a lock-out. */
export async function resetPassword({
  db,
  token,
  password,
  now,
}: {
  db: Database;
  token: string;
  password: string;
  now: Date;
}): Promise<void> {
  const parsed = passwordField.safeParse(password);
  if (!parsed.success) {
    throw new DomainError('validation', 'weak_password', 'Choose a longer password.', [
      { field: 'body.password', message: parsed.error.issues[0]?.message ?? 'is too weak' },
    ]);
  }
  const found = await db.execute<{ password_reset_id: string; workspace_id: string }>(
    sql`SELECT * FROM trellis_auth_password_reset(${sha256Hex(token)})`,
  );
  const match = found.rows[0];
  if (!match) throw invalidLink();
  const passwordHash = await hashPassword(parsed.data);
  const ctx: Ctx = {
    db,
    actor: { type: 'system', workspaceId: match.workspace_id, reason: 'password reset' },
  };
  await withTransaction(ctx, async (tx) => {
    const [reset] = await tx
      .update(passwordResets)
      .set({ usedAt: now })
      .where(and(eq(passwordResets.id, match.password_reset_id), isNull(passwordResets.usedAt)))
      .returning();
    if (!reset || reset.expiresAt <= now) throw invalidLink();
    await tx
      .update(users)
      .set({ passwordHash, failedLoginCount: 0, lockedUntil: null, updatedAt: now })
      .where(eq(users.id, reset.userId));
    await tx.delete(sessions).where(eq(sessions.userId, reset.userId));
    await recordChange(tx, ctx, {
      action: 'user.password_reset',
      entityType: 'user',
      entityId: reset.userId,
      organisationId: reset.organisationId,
    });
  });
}
