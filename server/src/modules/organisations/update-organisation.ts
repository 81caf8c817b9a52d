import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { recordChange } from '../../platform/audit.ts';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { DomainError } from '../../platform/errors.ts';
import { assertVersion } from '../../platform/http/concurrency.ts';
import { sessions } from '../auth/tables.ts';
import { findOrganisation, findVendorOrganisationId, presentWithManager } from './get-organisation.ts';
import { assertEligiblePartnerManager } from './partner-managers.ts';
import { PROFILE_FIELDS, presentOrganisation, type updateOrganisationInput } from './schemas.ts';
import { organisations } from './tables.ts';

export async function updateOrganisation({
  ctx,
  id,
  input,
  expectedVersion,
}: {
  ctx: Ctx;
  id: string;
  input: z.infer<typeof updateOrganisationInput>;
  expectedVersion: number | undefined;
}) {
  const actor = assertActorCan(ctx, 'organisations:manage');
  return withTransaction(ctx, async (tx) => {
    const current = await findOrganisation(tx, actor.workspaceId, id, { forUpdate: true });
    assertVersion('organisation', current.version, expectedVersion);
    // The vendor's own record is the workspace's identity: only its owners and admins edit it.
    if (current.kind === 'vendor') assertActorCan(ctx, 'workspace:manage');
    if (current.kind === 'vendor' && input.status === 'inactive') {
      throw new DomainError(
        'validation',
        'vendor_cannot_be_deactivated',
        'The vendor organisation stays active.',
        [{ field: 'body.status', message: 'cannot be inactive for the vendor' }],
      );
    }
    const profileField = PROFILE_FIELDS.find((field) => input[field] !== undefined);
    if (current.kind === 'vendor' && profileField) {
      throw new DomainError(
        'validation',
        'vendor_has_no_profile',
        'Only partners have a directory profile.',
        [{ field: `body.${profileField}`, message: 'applies to partners only' }],
      );
    }
    if (actor.regions && input.region !== undefined && !actor.regions.includes(input.region ?? '')) {
      throw new DomainError(
        'forbidden',
        'outside_your_regions',
        'You can move partners only within your regions.',
        [{ field: 'body.region', message: `must be one of: ${actor.regions.join(', ')}` }],
      );
    }
    if (input.partnerManagerId && input.partnerManagerId !== current.partnerManagerId) {
      await assertEligiblePartnerManager(tx, {
        workspaceId: actor.workspaceId,
        vendorOrganisationId: (await findVendorOrganisationId(tx, actor.workspaceId)) ?? '',
        userId: input.partnerManagerId,
      });
    }
    const [updated] = await tx
      .update(organisations)
      .set({ ...input, version: current.version + 1, updatedAt: new Date() })
      .where(and(eq(organisations.workspaceId, actor.workspaceId), eq(organisations.id, id)))
      .returning();
    if (input.status === 'inactive') {
      // Offboarding takes effect at once: the partner's people are signed out everywhere.
      await tx.delete(sessions).where(eq(sessions.organisationId, id));
    }
    await recordChange(tx, ctx, {
      action: 'organisation.updated',
      entityType: 'organisation',
      entityId: id,
      organisationId: id,
      before: presentOrganisation(current),
      after: presentOrganisation(updated!),
    });
    return presentWithManager(tx, updated!);
  });
}
