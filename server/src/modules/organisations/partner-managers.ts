import { and, eq, inArray, sql } from 'drizzle-orm';
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
 * Names and e-mails of the managers of the given partners, read in the caller's transaction.
 * Partners do not otherwise see vendor staff, yet should know whom to ask: a narrow definer
 * function (migration 0009) returns only managers of organisations the caller can see.
 */
export async function loadPartnerManagers(
  tx: Transaction,
  managerIds: (string | null)[],
): Promise<Map<string, PartnerManagerDto>> {
  const ids = [...new Set(managerIds.filter((id): id is string => id !== null))];
  if (ids.length === 0) return new Map();
  const { rows } = await tx.execute<PartnerManagerDto>(
    sql`SELECT id, name, email FROM trellis_partner_managers(${toTextArray(ids)}::text[])`,
  );
  return new Map(rows.map((row) => [row.id, { id: row.id, name: row.name, email: row.email }]));
}

function toTextArray(values: string[]): string {
  // Ids are typeids (letters, digits, underscore): no quoting needed inside the array literal.
  return `{${values.join(',')}}`;
}
