import { recordChange } from '../../platform/audit.ts';
import { type Ctx, withTransaction } from '../../platform/context.ts';
import { DomainError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import type { Role } from '../../platform/permissions.ts';
import { hashPassword, passwordField } from '../auth/passwords.ts';
import { findOrganisation } from '../organisations/get-organisation.ts';
import { assertRoleFitsOrganisation, regionsFor } from './role-rules.ts';
import { presentUser } from './schemas.ts';
import { users } from './tables.ts';

type NewUser = {
  organisationId: string;
  email: string;
  name: string;
  role: Role;
  password: string;
  regions?: string[] | null;
};

/**
 * Creates a user with a password directly. For operators (CLI `user create`, demo seeding); people
 * in the product join through invitations.
 */
export async function createUser({ ctx, input }: { ctx: Ctx; input: NewUser }) {
  const password = passwordField.safeParse(input.password);
  if (!password.success) {
    throw new DomainError('validation', 'weak_password', 'Choose a longer password.', [
      { field: 'password', message: password.error.issues[0]?.message ?? 'is too weak' },
    ]);
  }
  const regions = regionsFor(input.role, input.regions);
  const passwordHash = await hashPassword(password.data);
  return withTransaction(ctx, async (tx) => {
    const organisation = await findOrganisation(tx, ctx.actor.workspaceId, input.organisationId);
    assertRoleFitsOrganisation(input.role, organisation.kind);
    const [row] = await tx
      .insert(users)
      .values({
        id: newId('user'),
        workspaceId: ctx.actor.workspaceId,
        organisationId: organisation.id,
        email: input.email.toLowerCase(),
        name: input.name,
        role: input.role,
        regions,
        passwordHash,
      })
      .returning();
    const user = presentUser(row!);
    await recordChange(tx, ctx, {
      action: 'user.created',
      entityType: 'user',
      entityId: user.id,
      organisationId: user.organisationId,
      after: user,
    });
    return user;
  });
}
