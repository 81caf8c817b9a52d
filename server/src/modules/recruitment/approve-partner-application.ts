import { and, eq } from 'drizzle-orm';
import type { Config } from '../../config.ts';
import { recordChange } from '../../platform/audit.ts';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { assertVersion } from '../../platform/http/concurrency.ts';
import { insertPartnerOrganisation } from '../organisations/create-partner-organisation.ts';
import { insertInvitation } from '../users/create-invitation.ts';
import { assertUndecided, findPartnerApplication } from './find-partner-application.ts';
import { presentApplication } from './schemas.ts';
import { partnerApplications } from './tables.ts';

/**
 * Welcomes the applicant: creates their partner organisation (in onboarding) with the profile
 * they gave, invites them as its partner admin, and records `partner_application.approved` on
 * the new organisation so onboarding can start. All of it commits together or not at all.
 */
export async function approvePartnerApplication({
  ctx,
  id,
  expectedVersion,
  config,
  now,
}: {
  ctx: Ctx;
  id: string;
  expectedVersion: number | undefined;
  config: Pick<Config, 'PUBLIC_URL'>;
  now: Date;
}) {
  const actor = assertActorCan(ctx, 'recruitment:manage');
  return withTransaction(ctx, async (tx) => {
    const current = await findPartnerApplication(tx, actor.workspaceId, id, { forUpdate: true });
    assertUndecided(current);
    assertVersion('partner application', current.version, expectedVersion);
    const organisation = await insertPartnerOrganisation(
      tx,
      ctx,
      {
        name: current.companyName,
        websiteDomain: current.websiteDomain,
        region: current.region,
        country: current.country,
      },
      {
        lifecycleStage: 'onboarding',
        partnerTypes: current.partnerTypes,
        industries: current.industries,
        certifications: current.certifications,
      },
    );
    const invitation = await insertInvitation(tx, ctx, {
      input: {
        email: current.applicantEmail,
        name: current.applicantName,
        role: 'partner_admin',
        organisationId: organisation.id,
      },
      config,
      now,
      locale: current.locale,
    });
    const [row] = await tx
      .update(partnerApplications)
      .set({
        status: 'approved',
        decidedById: actor.userId,
        decidedAt: now,
        partnerOrganisationId: organisation.id,
        invitationId: invitation.id,
        version: current.version + 1,
        updatedAt: now,
      })
      .where(and(eq(partnerApplications.workspaceId, actor.workspaceId), eq(partnerApplications.id, id)))
      .returning();
    const approved = presentApplication(row!);
    await recordChange(tx, ctx, {
      action: 'partner_application.approved',
      entityType: 'partner_application',
      entityId: id,
      organisationId: organisation.id,
      before: presentApplication(current),
      after: { ...approved, organisationName: organisation.name, invitationId: invitation.id },
    });
    return approved;
  });
}
