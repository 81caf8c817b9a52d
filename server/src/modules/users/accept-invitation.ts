import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { recordChange } from '../../platform/audit.ts';
import { type Ctx, type UserActor, withTransaction } from '../../platform/context.ts';
import type { Database } from '../../platform/db/connection.ts';
import { DomainError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import type { Role } from '../../platform/permissions.ts';
import { sha256Hex } from '../../platform/secrets.ts';
import { hashPassword, passwordField } from '../auth/passwords.ts';
import { createSession } from '../auth/sessions.ts';
import { findOrganisation } from '../organisations/get-organisation.ts';
import { type acceptInvitationInput, presentUser } from './schemas.ts';
import { invitations, users } from './tables.ts';

const invalidInvitation = () =>
  new DomainError(
    'not_found',
    'invitation_invalid',
    'This invitation link is invalid, used, revoked or expired.',
    [{ field: 'body.token', message: 'is not an open invitation' }],
  );

/**
 * Turns an invitation into a user with a password and signs them in. Public: the token is the
 * credential, so it is looked up by hash before the workspace is known.
 */
export async function acceptInvitation({
  db,
  input,
  now,
  ip,
  userAgent,
}: {
  db: Database;
  input: z.infer<typeof acceptInvitationInput>;
  now: Date;
  ip: string | null;
  userAgent: string | null;
}) {
  const password = passwordField.safeParse(input.password);
  if (!password.success) {
    throw new DomainError('validation', 'weak_password', 'Choose a longer password.', [
      { field: 'body.password', message: password.error.issues[0]?.message ?? 'is too weak' },
    ]);
  }
  const found = await db.execute<{ invitation_id: string; workspace_id: string }>(
    sql`SELECT * FROM trellis_auth_invitation(${sha256Hex(input.token)})`,
  );
  const match = found.rows[0];
  if (!match) throw invalidInvitation();

  const passwordHash = await hashPassword(password.data);
  const systemCtx: Ctx = {
    db,
    actor: { type: 'system', workspaceId: match.workspace_id, reason: 'accept invitation' },
  };
  return withTransaction(systemCtx, async (tx) => {
    const [invitation] = await tx
      .select()
      .from(invitations)
      .where(and(eq(invitations.id, match.invitation_id), eq(invitations.workspaceId, match.workspace_id)))
      .for('update');
    if (!invitation || invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt <= now) {
      throw invalidInvitation();
    }
    const organisation = await findOrganisation(tx, invitation.workspaceId, invitation.organisationId);
    if (organisation.status !== 'active') throw invalidInvitation();
    const taken = await tx.execute(sql`SELECT 1 FROM trellis_auth_principal_by_email(${invitation.email})`);
    if (taken.rows.length > 0) {
      throw new DomainError('conflict', 'email_taken', 'Someone already signs in with this e-mail address.');
    }
    const [row] = await tx
      .insert(users)
      .values({
        id: newId('user'),
        workspaceId: invitation.workspaceId,
        organisationId: invitation.organisationId,
        email: invitation.email,
        name: input.name ?? invitation.name ?? invitation.email.split('@')[0]!,
        role: invitation.role,
        regions: invitation.regions,
        passwordHash,
        lastLoginAt: now,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    const user = row!;
    await tx.update(invitations).set({ acceptedAt: now }).where(eq(invitations.id, invitation.id));
    const newcomer: UserActor = {
      type: 'user',
      workspaceId: user.workspaceId,
      organisationId: user.organisationId,
      organisationKind: organisation.kind,
      userId: user.id,
      role: user.role as Role,
      regions: user.regions,
      sessionId: null,
      apiKeyId: null,
      scopes: null,
    };
    await recordChange(
      tx,
      { db, actor: newcomer, ip: ip ?? undefined },
      {
        action: 'invitation.accepted',
        entityType: 'user',
        entityId: user.id,
        organisationId: user.organisationId,
        after: presentUser(user),
      },
    );
    const sessionToken = await createSession(tx, {
      workspaceId: user.workspaceId,
      organisationId: user.organisationId,
      userId: user.id,
      isMfaPending: false,
      ip,
      userAgent,
      now,
    });
    return { user: presentUser(user), sessionToken };
  });
}
