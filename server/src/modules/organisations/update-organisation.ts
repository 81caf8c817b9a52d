import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { recordChange } from '../../platform/audit.ts';
import {
  assertActorCan,
  type Ctx,
  requireUser,
  type UserActor,
  withTransaction,
} from '../../platform/context.ts';
import { DomainError, notFound } from '../../platform/errors.ts';
import { assertVersion } from '../../platform/http/concurrency.ts';
import { assertCan } from '../../platform/permissions.ts';
import { assertTierKeyExists, recordTierChange } from '../tiers/index.ts';
import { findOrganisation, findVendorOrganisationId, presentWithManager } from './get-organisation.ts';
import { assertEligiblePartnerManager } from './partner-managers.ts';
import {
  PROFILE_FIELDS,
  presentOrganisation,
  SELF_EDITABLE_FIELDS,
  type updateOrganisationInput,
} from './schemas.ts';
import { organisations } from './tables.ts';

type Input = z.infer<typeof updateOrganisationInput>;

export async function updateOrganisation({
  ctx,
  id,
  input,
  expectedVersion,
}: {
  ctx: Ctx;
  id: string;
  input: Input;
  expectedVersion: number | undefined;
}) {
  const actor = requireUser(ctx);
  if (actor.organisationKind === 'partner') assertPartnerSelfEdit(actor, id, input);
  else assertActorCan(ctx, 'organisations:manage');
  return withTransaction(ctx, async (tx) => {
    const current = await findOrganisation(tx, actor.workspaceId, id, { forUpdate: true });
    assertVersion('organisation', current.version, expectedVersion);
    // The vendor's own record is the workspace's identity: only its owners and admins edit it.
    if (current.kind === 'vendor') assertActorCan(ctx, 'workspace:manage');
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
    const isTierChanging = input.tier !== undefined && input.tier !== current.tier;
    const newTier =
      isTierChanging && input.tier
        ? await assertTierKeyExists(tx, actor.workspaceId, input.tier, 'body.tier')
        : null;
    const now = new Date();
    const [updated] = await tx
      .update(organisations)
      .set({ ...input, version: current.version + 1, updatedAt: now })
      .where(and(eq(organisations.workspaceId, actor.workspaceId), eq(organisations.id, id)))
      .returning();
    await recordChange(tx, ctx, {
      action: 'organisation.updated',
      entityType: 'organisation',
      entityId: id,
      organisationId: id,
      before: presentOrganisation(current),
      after: presentOrganisation(updated!),
    });
    if (isTierChanging) {
      // A tier set in the profile is a manual change like any other: it enters the tier history.
      await recordTierChange(tx, ctx, {
        organisation: updated!,
        fromTierKey: current.tier,
        toTierKey: updated!.tier,
        toTierName: newTier?.name ?? null,
        reason: 'manual',
        note: 'Set in the partner profile',
        metrics: null,
        at: now,
        isTierWritten: true,
      });
    }
    return presentWithManager(tx, updated!);
  });
}

/** A partner admin edits its own public profile; anything the vendor decides is refused by name. */
function assertPartnerSelfEdit(actor: UserActor, id: string, input: Input) {
  assertCan(actor, 'company_profile:edit');
  // Another organisation is, for this purpose, one the partner cannot see.
  if (id !== actor.organisationId) throw notFound('organisation');
  const refused = Object.keys(input).find(
    (field) => !(SELF_EDITABLE_FIELDS as readonly string[]).includes(field),
  );
  if (refused) {
    throw new DomainError('forbidden', 'field_set_by_vendor', 'The vendor sets this part of your profile.', [
      { field: `body.${refused}`, message: 'is set by the vendor' },
    ]);
  }
}
