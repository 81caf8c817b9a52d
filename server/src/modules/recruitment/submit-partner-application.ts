import type { Config } from '../../config.ts';
import { recordChange } from '../../platform/audit.ts';
import { type Ctx, withTransaction } from '../../platform/context.ts';
import { DomainError, type FieldProblem } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { queueEmail } from '../notifications/queue-email.ts';
import { workspaceBranding } from '../workspaces/branding.ts';
import { findIdealPartnerProfile } from './find-ideal-partner-profile.ts';
import { presentApplication, presentProfile, type SubmitApplicationInput } from './schemas.ts';
import { scoreApplication } from './scoring.ts';
import { partnerApplications } from './tables.ts';

/**
 * A company applies through the public form. The application is scored against the Ideal
 * Partner Profile as it is now, the applicant gets a confirmation in the language they used,
 * and `partner_application.submitted` tells the channel team.
 */
export async function submitPartnerApplication({
  ctx,
  input,
  config,
  now,
}: {
  ctx: Ctx;
  input: SubmitApplicationInput;
  config: Pick<Config, 'PUBLIC_URL'>;
  now: Date;
}): Promise<{ status: 'received' }> {
  // Only bots fill the hidden field: they get the same answer as people, and nothing is kept.
  if (input.url) return { status: 'received' };
  const workspaceId = ctx.actor.workspaceId;
  await withTransaction(ctx, async (tx) => {
    const profile = presentProfile(await findIdealPartnerProfile(tx, workspaceId));
    const industries = matchOffered(input, profile);
    const fit = scoreApplication(profile.criteria, { ...input, industries });
    const [row] = await tx
      .insert(partnerApplications)
      .values({
        id: newId('partnerApplication'),
        workspaceId,
        companyName: input.companyName,
        websiteDomain: input.websiteDomain,
        country: input.country,
        region: input.region,
        partnerTypes: input.partnerTypes,
        industries,
        companySize: input.companySize,
        certifications: input.certifications,
        applicantName: input.applicantName,
        applicantEmail: input.applicantEmail,
        applicantJobTitle: input.applicantJobTitle,
        message: input.message || null,
        locale: input.locale,
        consentedAt: now,
        fitScore: fit.score,
        scoreReasons: fit.reasons,
        scoredAt: now,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    const application = presentApplication(row!);
    const branding = await workspaceBranding(tx, workspaceId, config.PUBLIC_URL);
    await queueEmail(tx, {
      branding,
      workspaceId,
      organisationId: null,
      to: application.applicantEmail,
      template: 'partner_application.received',
      locale: application.locale,
      vars: { applicantName: application.applicantName, companyName: application.companyName },
    });
    await recordChange(tx, ctx, {
      action: 'partner_application.submitted',
      entityType: 'partner_application',
      entityId: application.id,
      organisationId: null,
      after: application,
    });
  });
  return { status: 'received' };
}

/**
 * Region and industries must be ones the form offers. Industries are stored as the form spells
 * them, so the directory and the scoring see one spelling.
 */
function matchOffered(
  input: SubmitApplicationInput,
  offered: { formRegions: string[]; formIndustries: string[] },
): string[] {
  const problems: FieldProblem[] = [];
  if (!offered.formRegions.includes(input.region)) {
    problems.push({ field: 'body.region', message: `must be one of: ${offered.formRegions.join(', ')}` });
  }
  const byLowerCase = new Map(offered.formIndustries.map((industry) => [industry.toLowerCase(), industry]));
  const industries = input.industries.map((industry) => byLowerCase.get(industry.toLowerCase()));
  if (industries.some((industry) => industry === undefined)) {
    problems.push({
      field: 'body.industries',
      message: `must be among: ${offered.formIndustries.join(', ')}`,
    });
  }
  if (problems.length > 0) {
    throw new DomainError(
      'validation',
      'invalid_input',
      'Some answers are not among the choices offered.',
      problems,
    );
  }
  return [...new Set(industries as string[])];
}
