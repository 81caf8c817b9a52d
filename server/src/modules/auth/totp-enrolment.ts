import { eq } from 'drizzle-orm';
import { recordChange } from '../../platform/audit.ts';
import { type Ctx, requireUser, withTransaction } from '../../platform/context.ts';
import { DomainError } from '../../platform/errors.ts';
import { decryptSecret, encryptSecret } from '../../platform/secrets.ts';
import { findUser } from '../users/get-user.ts';
import { users } from '../users/tables.ts';
import { isValidTotp, newTotpSecret, totpUri } from './totp.ts';

type Deps = { ctx: Ctx; secret: string; now: Date };

const wrongCode = () =>
  new DomainError('validation', 'invalid_mfa_code', 'That code is not valid; try the current one.', [
    { field: 'body.code', message: 'does not match your authenticator app' },
  ]);

/** Step one: a fresh seed, stored encrypted but not yet required at sign-in. */
export async function startTotpEnrolment({ ctx, secret }: Deps) {
  const actor = requireUser(ctx);
  return withTransaction(ctx, async (tx) => {
    const user = await findUser(tx, actor.workspaceId, actor.userId);
    if (user.mfaEnabledAt) {
      throw new DomainError(
        'conflict',
        'mfa_already_enabled',
        'Turn off the current authenticator app first.',
      );
    }
    const seed = newTotpSecret();
    await tx
      .update(users)
      .set({ mfaSecretEncrypted: encryptSecret(secret, seed) })
      .where(eq(users.id, user.id));
    return { secret: seed, otpauthUri: totpUri(seed, user.email) };
  });
}

/** Step two: a code from the app proves the seed was stored; from now on sign-in asks for it. */
export async function confirmTotpEnrolment({ ctx, secret, now, code }: Deps & { code: string }) {
  const actor = requireUser(ctx);
  await withTransaction(ctx, async (tx) => {
    const user = await findUser(tx, actor.workspaceId, actor.userId);
    if (user.mfaEnabledAt)
      throw new DomainError('conflict', 'mfa_already_enabled', 'Your authenticator is already on.');
    if (!user.mfaSecretEncrypted) {
      throw new DomainError('conflict', 'mfa_enrolment_not_started', 'Start the enrolment first.');
    }
    if (!isValidTotp(decryptSecret(secret, user.mfaSecretEncrypted), code, now)) throw wrongCode();
    await tx.update(users).set({ mfaEnabledAt: now }).where(eq(users.id, user.id));
    await recordChange(tx, ctx, {
      action: 'user.mfa_enabled',
      entityType: 'user',
      entityId: user.id,
      organisationId: user.organisationId,
    });
  });
}

export async function disableTotp({ ctx, secret, now, code }: Deps & { code: string }) {
  const actor = requireUser(ctx);
  await withTransaction(ctx, async (tx) => {
    const user = await findUser(tx, actor.workspaceId, actor.userId);
    if (!user.mfaEnabledAt || !user.mfaSecretEncrypted) {
      throw new DomainError('conflict', 'mfa_not_enabled', 'No authenticator app is on for your account.');
    }
    if (!isValidTotp(decryptSecret(secret, user.mfaSecretEncrypted), code, now)) throw wrongCode();
    await tx.update(users).set({ mfaEnabledAt: null, mfaSecretEncrypted: null }).where(eq(users.id, user.id));
    await recordChange(tx, ctx, {
      action: 'user.mfa_disabled',
      entityType: 'user',
      entityId: user.id,
      organisationId: user.organisationId,
    });
  });
}
