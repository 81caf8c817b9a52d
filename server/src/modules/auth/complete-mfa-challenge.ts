import { eq } from 'drizzle-orm';
import { recordChange } from '../../platform/audit.ts';
import { type Ctx, requireUser, withTransaction } from '../../platform/context.ts';
import { DomainError } from '../../platform/errors.ts';
import { decryptSecret } from '../../platform/secrets.ts';
import { users } from '../users/tables.ts';
import { assertNotLockedOut, lockUserForSignIn, recordFailedAttempt } from './login.ts';
import { createSession } from './sessions.ts';
import { sessions } from './tables.ts';
import { isValidTotp } from './totp.ts';

/**
 * Second step of sign-in. On success the half-signed-in session is replaced by a new one, so a
 * token seen before the second factor is worth nothing afterwards.
 */
export async function completeMfaChallenge({
  ctx,
  code,
  secret,
  now,
  userAgent,
}: {
  ctx: Ctx;
  code: string;
  secret: string;
  now: Date;
  userAgent: string | null;
}) {
  const actor = requireUser(ctx);
  if (!actor.sessionId)
    throw new DomainError('forbidden', 'session_required', 'Sign in with a password first.');
  const outcome = await withTransaction(ctx, async (tx) => {
    const row = await lockUserForSignIn(tx, actor.userId, actor.workspaceId);
    if (!row?.user.mfaSecretEncrypted || !row.user.mfaEnabledAt) {
      return new DomainError('conflict', 'mfa_not_enabled', 'This account has no authenticator app.');
    }
    assertNotLockedOut(row.user, now);
    if (!isValidTotp(decryptSecret(secret, row.user.mfaSecretEncrypted), code, now)) {
      await recordFailedAttempt(tx, ctx, row.user, now);
      return new DomainError(
        'unauthenticated',
        'invalid_mfa_code',
        'That code is not valid; try the current one.',
        [{ field: 'body.code', message: 'does not match your authenticator app' }],
      );
    }
    await tx.delete(sessions).where(eq(sessions.id, actor.sessionId!));
    await tx.update(users).set({ failedLoginCount: 0, lastLoginAt: now }).where(eq(users.id, actor.userId));
    const sessionToken = await createSession(tx, {
      workspaceId: actor.workspaceId,
      organisationId: actor.organisationId,
      userId: actor.userId,
      isMfaPending: false,
      ip: ctx.ip ?? null,
      userAgent,
      now,
    });
    await recordChange(tx, ctx, {
      action: 'user.signed_in',
      entityType: 'user',
      entityId: actor.userId,
      organisationId: actor.organisationId,
      after: { ip: ctx.ip ?? null, withMfa: true },
    });
    return { sessionToken };
  });
  if (outcome instanceof DomainError) throw outcome;
  return outcome;
}
