import { and, eq, isNull, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Config } from '../../config.ts';
import { recordChange } from '../../platform/audit.ts';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import type { Transaction } from '../../platform/db/connection.ts';
import { DomainError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { randomToken, sha256Hex } from '../../platform/secrets.ts';
import { queueEmail } from '../notifications/queue-email.ts';
import { findOrganisation } from '../organisations/get-organisation.ts';
import { workspaceBranding } from '../workspaces/branding.ts';
import { findUser } from './get-user.ts';
import { assertCanAssignRole, assertRoleFitsOrganisation, regionsFor } from './role-rules.ts';
import { type createInvitationInput, presentInvitation } from './schemas.ts';
import { invitations } from './tables.ts';

export const INVITATION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

export async function createInvitation({
  ctx,
  input,
  config,
  now,
}: {
  ctx: Ctx;
  input: z.infer<typeof createInvitationInput>;
  config: Pick<Config, 'PUBLIC_URL'>;
  now: Date;
}) {
  return withTransaction(ctx, (tx) => insertInvitation(tx, ctx, { input, config, now }));
}

/**
 * The invitation itself, in the caller's transaction, for verbs that invite as one step of a
 * larger change (approving a partner application creates the organisation and invites its admin).
 * `locale` is the e-mail's language when the invitee's is known; otherwise the inviter's.
 */
export async function insertInvitation(
  tx: Transaction,
  ctx: Ctx,
  {
    input,
    config,
    now,
    locale,
  }: {
    input: z.infer<typeof createInvitationInput>;
    config: Pick<Config, 'PUBLIC_URL'>;
    now: Date;
    locale?: string;
  },
) {
  const actor = assertActorCan(ctx, 'invitations:manage');
  assertCanAssignRole(actor.role, input.role);
  const organisationId = input.organisationId ?? actor.organisationId;
  const regions = regionsFor(input.role, input.regions);
  const organisation = await findOrganisation(tx, actor.workspaceId, organisationId).catch(() => {
    throw new DomainError('validation', 'organisation_not_found', 'No organisation with that id here.', [
      { field: 'body.organisationId', message: 'is not an organisation you can see' },
    ]);
  });
  if (actor.organisationKind === 'partner' && organisation.id !== actor.organisationId) {
    throw new DomainError(
      'forbidden',
      'forbidden',
      'Partners invite people only into their own organisation.',
    );
  }
  assertRoleFitsOrganisation(input.role, organisation.kind);
  if (organisation.status !== 'active') {
    throw new DomainError(
      'validation',
      'organisation_offboarded',
      'This partner is offboarded; reactivate it first.',
      [{ field: 'body.organisationId', message: 'is an offboarded partner' }],
    );
  }
  // The lookup runs as the table owner: an e-mail is taken across the whole deployment.
  const taken = await tx.execute(sql`SELECT 1 FROM trellis_auth_principal_by_email(${input.email})`);
  if (taken.rows.length > 0) {
    throw new DomainError('conflict', 'email_taken', 'Someone already signs in with this e-mail address.', [
      { field: 'body.email', message: 'already belongs to a user' },
    ]);
  }
  // A fresh invitation replaces an open one for the same address.
  await tx
    .update(invitations)
    .set({ revokedAt: now })
    .where(
      and(
        eq(invitations.workspaceId, actor.workspaceId),
        eq(invitations.email, input.email),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
      ),
    );
  const token = randomToken();
  const [row] = await tx
    .insert(invitations)
    .values({
      id: newId('invitation'),
      workspaceId: actor.workspaceId,
      organisationId: organisation.id,
      email: input.email,
      name: input.name ?? null,
      role: input.role,
      regions,
      tokenHash: sha256Hex(token),
      invitedBy: actor.userId,
      expiresAt: new Date(now.getTime() + INVITATION_LIFETIME_MS),
      createdAt: now,
    })
    .returning();
  const invitation = presentInvitation(row!, now);
  await queueEmail(tx, {
    branding: await workspaceBranding(tx, actor.workspaceId, config.PUBLIC_URL),
    workspaceId: actor.workspaceId,
    organisationId: organisation.id,
    to: input.email,
    template: 'user.invited',
    // The invitee has no account yet, so unless the caller knows their language, they get the inviter's.
    locale: locale ?? (await localeOf(tx, actor.workspaceId, actor.userId)),
    vars: {
      ...(input.name ? { inviteeName: input.name } : {}),
      organisationName: organisation.name,
      role: input.role,
      acceptUrl: `${config.PUBLIC_URL}/accept-invitation?token=${token}`,
      expiresInDays: INVITATION_LIFETIME_MS / 86_400_000,
    },
  });
  await recordChange(tx, ctx, {
    action: 'invitation.created',
    entityType: 'invitation',
    entityId: invitation.id,
    organisationId: organisation.id,
    after: invitation,
  });
  return invitation;
}

async function localeOf(tx: Parameters<typeof findUser>[0], workspaceId: string, userId: string) {
  return (await findUser(tx, workspaceId, userId)).locale;
}
