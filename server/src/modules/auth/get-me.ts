import { type Ctx, requireUser, withTransaction } from '../../platform/context.ts';
import { assignableRoles, can, PERMISSIONS } from '../../platform/permissions.ts';
import { findOrganisation } from '../organisations/get-organisation.ts';
import { presentOrganisation } from '../organisations/schemas.ts';
import { findUser } from '../users/get-user.ts';
import { presentUser } from '../users/schemas.ts';

/** Who is signed in, their organisation and what they may do: what the UI needs to draw itself. */
export async function getMe({ ctx, csrfToken }: { ctx: Ctx; csrfToken: string | null }) {
  const actor = requireUser(ctx);
  return withTransaction(ctx, async (tx) => {
    const user = await findUser(tx, actor.workspaceId, actor.userId);
    const organisation = await findOrganisation(tx, actor.workspaceId, actor.organisationId);
    return {
      user: presentUser(user),
      organisation: presentOrganisation(organisation),
      permissions: PERMISSIONS.filter((permission) => can(actor, permission)),
      // The forms offer only these; the API enforces the same rule (one rule, in permissions.ts).
      assignableRoles:
        can(actor, 'invitations:manage') || can(actor, 'users:manage')
          ? [...assignableRoles(actor.role)]
          : [],
      csrfToken,
    };
  });
}
