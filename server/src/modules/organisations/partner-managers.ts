import { and, eq, inArray } from 'drizzle-orm';
import { type Ctx, withTransaction } from '../../platform/context.ts';
import type { Transaction } from '../../platform/db/connection.ts';
import { DomainError } from '../../platform/errors.ts';
import { users } from '../users/tables.ts';
import type { PartnerManagerDto } from './schemas.ts';

/** Vendor roles that look after partners. */
export const PARTNER_MANAGER_ROLES = ['owner', 'admin', 'channel_manager', 'regional_manager'] as const;

export async function assertEligiblePartnerManager(
  tx: Transaction,
  {
    workspaceId,
    vendorOrganisationId,
    userId,
  }: { workspaceId: string; vendorOrganisationId: string; userId: string },
): Promise<void> {
  const [manager] = await tx
    .select({ id: users.id })
    .from(users)
    .where(
      and(
        eq(users.workspaceId, workspaceId),
        eq(users.organisationId, vendorOrganisationId),
        eq(users.id, userId),
        eq(users.status, 'active'),
        inArray(users.role, [...PARTNER_MANAGER_ROLES]),
      ),
    );
  if (!manager) {
    throw new DomainError('validation', 'not_a_partner_manager', 'That person cannot manage partners.', [
      {
        field: 'body.partnerManagerId',
        message: 'must be an active channel manager, regional manager, admin or owner of the vendor',
      },
    ]);
  }
}

/**
 * Names and e-mails of the managers of the given partners. Read as the system because partners
 * do not otherwise see vendor staff, yet should know whom to ask; callers pass only ids from
 * organisations the actor already sees, so nothing else is disclosed.
 */
export async function loadPartnerManagers(
  ctx: Ctx,
  managerIds: (string | null)[],
): Promise<Map<string, PartnerManagerDto>> {
  const ids = [...new Set(managerIds.filter((id): id is string => id !== null))];
  if (ids.length === 0) return new Map();
  const { workspaceId } = ctx.actor;
  const rows = await withTransaction(
    { db: ctx.db, actor: { type: 'system', workspaceId, reason: 'partner manager contact' } },
    (tx) =>
      tx
        .select({ id: users.id, name: users.name, email: users.email })
        .from(users)
        .where(and(eq(users.workspaceId, workspaceId), inArray(users.id, ids))),
  );
  return new Map(rows.map((row) => [row.id, row]));
}
