import { and, eq, inArray, or } from 'drizzle-orm';
import { z } from 'zod';
import type { Transaction } from '../../../platform/db/connection.ts';
import { invalid } from '../../../platform/errors.ts';
import { PARTNER_ROLES, VENDOR_ROLES } from '../../../platform/permissions.ts';
import { findVendorOrganisationId } from '../../organisations/get-organisation.ts';
import { organisations } from '../../organisations/tables.ts';
import { users } from '../../users/tables.ts';

export const userIdField = z.string().regex(/^user_[0-9a-z]{26}$/, 'must be a user id starting with user_');

/** Who hears from a notify or e-mail action; the same reach as notification topics, plus one person. */
export const audienceParameters = {
  vendorRoles: z
    .array(z.enum(VENDOR_ROLES))
    .max(VENDOR_ROLES.length)
    .optional()
    .describe("The vendor's people in these roles"),
  partnerRoles: z
    .array(z.enum(PARTNER_ROLES))
    .max(PARTNER_ROLES.length)
    .optional()
    .describe("The event organisation's people in these roles (when it is a partner)"),
  userId: userIdField.optional().describe('One particular person'),
};

export type Audience = { vendorRoles?: string[]; partnerRoles?: string[]; userId?: string };
export type Recipient = { id: string; email: string; locale: string; organisationId: string };

export const hasAudience = (audience: Audience) =>
  Boolean(audience.vendorRoles?.length || audience.partnerRoles?.length || audience.userId);
export const NO_AUDIENCE = 'name vendorRoles, partnerRoles or a userId';

export function describeAudience(audience: Audience): string {
  const parts = [
    ...(audience.vendorRoles ?? []),
    ...(audience.partnerRoles ?? []).map((role) => `${role} of the event's partner`),
    ...(audience.userId ? [audience.userId] : []),
  ];
  return parts.join(', ');
}

/** On save: a named person must exist and be active now (a later deactivation fails the run). */
export async function validateAudienceUser(
  tx: Transaction,
  { workspaceId, audience, field }: { workspaceId: string; audience: Audience; field: string },
) {
  if (!audience.userId) return;
  const [person] = await tx
    .select({ status: users.status })
    .from(users)
    .where(and(eq(users.workspaceId, workspaceId), eq(users.id, audience.userId)));
  if (person?.status !== 'active')
    throw invalid(`${field}.userId`, 'is not an active user of this workspace');
}

/**
 * Active people in the vendor roles, the event organisation's people in the partner roles, and
 * the named person. Like notification topics, a regional manager hears only about its regions.
 */
export async function findAudience(
  tx: Transaction,
  { workspaceId, organisationId }: { workspaceId: string; organisationId: string | null },
  audience: Audience,
): Promise<Recipient[]> {
  const vendorId = await findVendorOrganisationId(tx, workspaceId);
  const [subject] = organisationId
    ? await tx.select().from(organisations).where(eq(organisations.id, organisationId))
    : [];
  const byRole = [
    vendorId && audience.vendorRoles?.length
      ? and(eq(users.organisationId, vendorId), inArray(users.role, audience.vendorRoles))
      : undefined,
    subject?.kind === 'partner' && audience.partnerRoles?.length
      ? and(eq(users.organisationId, subject.id), inArray(users.role, audience.partnerRoles))
      : undefined,
  ].filter((condition) => condition !== undefined);
  const named = audience.userId ? eq(users.id, audience.userId) : undefined;
  if (byRole.length === 0 && !named) return [];
  const people = await tx
    .select()
    .from(users)
    .where(and(eq(users.workspaceId, workspaceId), eq(users.status, 'active'), or(...byRole, named)));
  const isInReach = (person: (typeof people)[number]) =>
    person.id === audience.userId ||
    person.role !== 'regional_manager' ||
    !person.regions ||
    (subject?.kind === 'partner' && subject.region !== null && person.regions.includes(subject.region));
  return people.filter(isInReach).map((person) => ({
    id: person.id,
    email: person.email,
    locale: person.locale,
    organisationId: person.organisationId,
  }));
}
