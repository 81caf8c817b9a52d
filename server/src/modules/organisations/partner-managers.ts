import { type AnyColumn, and, eq, inArray, type SQL, sql } from 'drizzle-orm';
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
 * The partner's manager (id, name, e-mail) as a column of the organisation query itself, so a
 * directory page costs one statement. Partners do not otherwise see vendor staff, yet should know
 * whom to ask: a narrow definer function (migration 0009) returns only managers of organisations
 * the caller can see.
 */
export function partnerManagerOf(partnerManagerId: AnyColumn | SQL): SQL<PartnerManagerDto | null> {
  return sql<PartnerManagerDto | null>`CASE WHEN ${partnerManagerId} IS NULL THEN NULL ELSE (
    SELECT json_build_object('id', m.id, 'name', m.name, 'email', m.email)
    FROM trellis_partner_managers(ARRAY[${partnerManagerId}]) m) END`;
}
