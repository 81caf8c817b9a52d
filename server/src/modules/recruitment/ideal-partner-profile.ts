import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { recordChange } from '../../platform/audit.ts';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { DomainError, type FieldProblem } from '../../platform/errors.ts';
import { assertVersion } from '../../platform/http/concurrency.ts';
import { newId } from '../../platform/ids.ts';
import { findIdealPartnerProfile } from './find-ideal-partner-profile.ts';
import { presentProfile, type updateIdealPartnerProfileInput } from './schemas.ts';
import { idealPartnerProfiles } from './tables.ts';

export async function getIdealPartnerProfile({ ctx }: { ctx: Ctx }) {
  const actor = assertActorCan(ctx, 'recruitment:manage');
  return withTransaction(ctx, async (tx) =>
    presentProfile(await findIdealPartnerProfile(tx, actor.workspaceId)),
  );
}

/**
 * Saves the whole profile (it is edited as one form). Scores of open applications stay as they
 * were until someone rescores them, so a half-finished edit never reshuffles the list.
 */
export async function updateIdealPartnerProfile({
  ctx,
  input,
  expectedVersion,
  now,
}: {
  ctx: Ctx;
  input: z.infer<typeof updateIdealPartnerProfileInput>;
  expectedVersion: number | undefined;
  now: Date;
}) {
  const actor = assertActorCan(ctx, 'recruitment:manage');
  assertPreferredRegionsOffered(input);
  return withTransaction(ctx, async (tx) => {
    const current = await findIdealPartnerProfile(tx, actor.workspaceId, { forUpdate: true });
    const before = presentProfile(current);
    assertVersion('ideal partner profile', before.version, expectedVersion);
    const values = {
      criteria: input.criteria,
      formRegions: [...new Set(input.formRegions)],
      formIndustries: input.formIndustries,
      version: before.version + 1,
      updatedAt: now,
    };
    const [row] = current
      ? await tx.update(idealPartnerProfiles).set(values).where(eqId(current.id)).returning()
      : await tx
          .insert(idealPartnerProfiles)
          .values({
            id: newId('idealPartnerProfile'),
            workspaceId: actor.workspaceId,
            ...values,
            createdAt: now,
          })
          .returning();
    const after = presentProfile(row!);
    await recordChange(tx, ctx, {
      action: 'ideal_partner_profile.updated',
      entityType: 'ideal_partner_profile',
      entityId: row!.id,
      organisationId: null,
      before: current ? before : null,
      after,
    });
    return after;
  });
}

const eqId = (id: string) => eq(idealPartnerProfiles.id, id);

/** A target region the form does not offer could never be chosen, so it could never score. */
function assertPreferredRegionsOffered(input: z.infer<typeof updateIdealPartnerProfileInput>): void {
  const problems: FieldProblem[] = [];
  const missingRegions = input.criteria.region.preferred.filter(
    (region) => !input.formRegions.includes(region),
  );
  if (missingRegions.length > 0) {
    problems.push({
      field: 'body.criteria.region.preferred',
      message: `${missingRegions.join(', ')} must also be among the regions the form offers`,
    });
  }
  const offeredIndustries = new Set(input.formIndustries.map((industry) => industry.toLowerCase()));
  const missingIndustries = input.criteria.industry.preferred.filter(
    (industry) => !offeredIndustries.has(industry.toLowerCase()),
  );
  if (missingIndustries.length > 0) {
    problems.push({
      field: 'body.criteria.industry.preferred',
      message: `${missingIndustries.join(', ')} must also be among the industries the form offers`,
    });
  }
  if (problems.length > 0) {
    throw new DomainError(
      'validation',
      'preference_not_offered',
      'Target regions and industries must be ones the application form offers.',
      problems,
    );
  }
}
