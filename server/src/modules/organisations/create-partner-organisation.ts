import type { z } from 'zod';
import { recordChange } from '../../platform/audit.ts';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import type { Transaction } from '../../platform/db/connection.ts';
import { DomainError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { type createPartnerOrganisationInput, presentOrganisation } from './schemas.ts';
import { organisations } from './tables.ts';

type Input = z.infer<typeof createPartnerOrganisationInput>;

/** Directory profile known at creation, e.g. from an approved partner application. */
type InitialProfile = Partial<
  Pick<typeof organisations.$inferInsert, 'lifecycleStage' | 'partnerTypes' | 'industries' | 'certifications'>
>;

export async function createPartnerOrganisation({ ctx, input }: { ctx: Ctx; input: Input }) {
  const actor = assertActorCan(ctx, 'organisations:manage');
  if (actor.regions && (!input.region || !actor.regions.includes(input.region))) {
    throw new DomainError('forbidden', 'outside_your_regions', 'You can add partners only in your regions.', [
      { field: 'body.region', message: `must be one of: ${actor.regions.join(', ')}` },
    ]);
  }
  return withTransaction(ctx, (tx) => insertPartnerOrganisation(tx, ctx, input));
}

/**
 * The write itself, shared with operator paths (seeding) that have no signed-in user and with
 * verbs that create a partner as one step of a larger change (approving an application).
 */
export async function insertPartnerOrganisation(
  tx: Transaction,
  ctx: Ctx,
  input: Input,
  profile: InitialProfile = {},
) {
  const [row] = await tx
    .insert(organisations)
    .values({
      id: newId('organisation'),
      workspaceId: ctx.actor.workspaceId,
      kind: 'partner',
      name: input.name,
      websiteDomain: input.websiteDomain ?? null,
      region: input.region ?? null,
      country: input.country ?? null,
      ...profile,
    })
    .returning();
  const created = presentOrganisation(row!);
  await recordChange(tx, ctx, {
    action: 'organisation.created',
    entityType: 'organisation',
    entityId: created.id,
    organisationId: created.id,
    after: created,
  });
  return created;
}
