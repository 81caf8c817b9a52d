import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { recordChange } from '../../platform/audit.ts';
import { type Ctx, type UserActor, withTransaction } from '../../platform/context.ts';
import type { Database, Transaction } from '../../platform/db/connection.ts';
import { DomainError } from '../../platform/errors.ts';
import type { Role } from '../../platform/permissions.ts';
import { organisations } from '../organisations/tables.ts';
import { users } from '../users/tables.ts';
import { verifyPassword } from './passwords.ts';
import type { loginInput } from './schemas.ts';
import { createSession } from './sessions.ts';

export const MAX_FAILED_ATTEMPTS = 5;
export const LOCKOUT_MS = 15 * 60 * 1000;

const invalidCredentials = () =>
  new DomainError('unauthenticated', 'invalid_credentials', 'That e-mail and password do not match.', [
    { field: 'body.password', message: 'does not match this e-mail' },
  ]);

type SignInRequest = { db: Database; now: Date; ip: string | null; userAgent: string | null };
type LoginResult = { sessionToken: string; actor: UserActor; isMfaRequired: boolean };

export function actorFor(
  user: typeof users.$inferSelect,
  organisationKind: 'vendor' | 'partner',
  sessionId: string | null = null,
): UserActor {
  return {
    type: 'user',
    workspaceId: user.workspaceId,
    organisationId: user.organisationId,
    organisationKind,
    userId: user.id,
    role: user.role as Role,
    regions: user.regions,
    sessionId,
    apiKeyId: null,
    scopes: null,
  };
}

/** Loads a user and organisation for update as the system actor of their workspace. */
export async function lockUserForSignIn(tx: Transaction, userId: string, workspaceId: string) {
  const [row] = await tx
    .select({ user: users, organisationKind: organisations.kind, organisationStatus: organisations.status })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(and(eq(users.id, userId), eq(users.workspaceId, workspaceId)))
    .for('update', { of: users });
  return row ?? null;
}

/**
 * Records a failed attempt, locking the account after MAX_FAILED_ATTEMPTS. Failed attempts are
 * committed, so the caller throws only after this transaction ends.
 */
export async function recordFailedAttempt(
  tx: Transaction,
  ctx: Ctx,
  user: typeof users.$inferSelect,
  now: Date,
) {
  const failures = user.failedLoginCount + 1;
  const isLocking = failures >= MAX_FAILED_ATTEMPTS;
  await tx
    .update(users)
    .set({
      failedLoginCount: isLocking ? 0 : failures,
      lockedUntil: isLocking ? new Date(now.getTime() + LOCKOUT_MS) : user.lockedUntil,
    })
    .where(eq(users.id, user.id));
  if (isLocking) {
    await recordChange(tx, ctx, {
      action: 'user.locked_out',
      entityType: 'user',
      entityId: user.id,
      organisationId: user.organisationId,
      after: {
        lockedUntil: new Date(now.getTime() + LOCKOUT_MS).toISOString(),
        reason: 'failed sign-in attempts',
      },
    });
  }
}

export function assertNotLockedOut(user: typeof users.$inferSelect, now: Date): void {
  if (user.lockedUntil && user.lockedUntil > now) {
    throw new DomainError(
      'locked',
      'account_locked',
      `Too many failed attempts. Try again after ${user.lockedUntil.toISOString()} or reset your password.`,
    );
  }
}

export async function login({
  db,
  input,
  now,
  ip,
  userAgent,
}: SignInRequest & { input: z.infer<typeof loginInput> }) {
  const found = await db.execute<{ user_id: string; workspace_id: string }>(
    sql`SELECT * FROM trellis_auth_principal_by_email(${input.email})`,
  );
  const principal = found.rows[0];
  if (!principal) {
    await verifyPassword(null, input.password);
    throw invalidCredentials();
  }
  const ctx: Ctx = {
    db,
    ip: ip ?? undefined,
    actor: { type: 'system', workspaceId: principal.workspace_id, reason: 'sign-in' },
  };
  const outcome = await withTransaction(ctx, async (tx): Promise<LoginResult | DomainError> => {
    const row = await lockUserForSignIn(tx, principal.user_id, principal.workspace_id);
    if (!row) return invalidCredentials();
    const { user } = row;
    assertNotLockedOut(user, now);
    if (!(await verifyPassword(user.passwordHash, input.password))) {
      await recordFailedAttempt(tx, ctx, user, now);
      return invalidCredentials();
    }
    if (user.status !== 'active' || row.organisationStatus !== 'active') {
      return new DomainError('forbidden', 'account_deactivated', 'This account has been deactivated.');
    }
    const isMfaRequired = user.mfaEnabledAt !== null;
    await tx
      .update(users)
      .set({ failedLoginCount: 0, lockedUntil: null, ...(isMfaRequired ? {} : { lastLoginAt: now }) })
      .where(eq(users.id, user.id));
    const sessionToken = await createSession(tx, {
      workspaceId: user.workspaceId,
      organisationId: user.organisationId,
      userId: user.id,
      isMfaPending: isMfaRequired,
      ip,
      userAgent,
      now,
    });
    const actor = actorFor(user, row.organisationKind);
    if (!isMfaRequired) {
      await recordChange(
        tx,
        { ...ctx, actor },
        {
          action: 'user.signed_in',
          entityType: 'user',
          entityId: user.id,
          organisationId: user.organisationId,
          after: { ip },
        },
      );
    }
    return { sessionToken, actor, isMfaRequired };
  });
  if (outcome instanceof DomainError) throw outcome;
  return outcome;
}
