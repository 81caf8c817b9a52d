import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Config } from '../../config.ts';
import { recordChange } from '../../platform/audit.ts';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { assertVersion } from '../../platform/http/concurrency.ts';
import { queueEmail } from '../notifications/queue-email.ts';
import { workspaceBranding } from '../workspaces/branding.ts';
import { assertUndecided, findPartnerApplication } from './find-partner-application.ts';
import { presentApplication, type rejectApplicationInput } from './schemas.ts';
import { partnerApplications } from './tables.ts';

/** Turns an application down and e-mails the applicant the reviewer's message, in their language. */
export async function rejectPartnerApplication({
  ctx,
  id,
  input,
  expectedVersion,
  config,
  now,
}: {
  ctx: Ctx;
  id: string;
  input: z.infer<typeof rejectApplicationInput>;
  expectedVersion: number | undefined;
  config: Pick<Config, 'PUBLIC_URL'>;
  now: Date;
}) {
  const actor = assertActorCan(ctx, 'recruitment:manage');
  return withTransaction(ctx, async (tx) => {
    const current = await findPartnerApplication(tx, actor.workspaceId, id, { forUpdate: true });
    assertUndecided(current);
    assertVersion('partner application', current.version, expectedVersion);
    const [row] = await tx
      .update(partnerApplications)
      .set({
        status: 'rejected',
        decidedById: actor.userId,
        decidedAt: now,
        rejectionMessage: input.message,
        version: current.version + 1,
        updatedAt: now,
      })
      .where(and(eq(partnerApplications.workspaceId, actor.workspaceId), eq(partnerApplications.id, id)))
      .returning();
    const rejected = presentApplication(row!);
    await queueEmail(tx, {
      branding: await workspaceBranding(tx, actor.workspaceId, config.PUBLIC_URL),
      workspaceId: actor.workspaceId,
      organisationId: null,
      to: rejected.applicantEmail,
      template: 'partner_application.rejected',
      locale: rejected.locale,
      vars: {
        applicantName: rejected.applicantName,
        companyName: rejected.companyName,
        message: input.message,
      },
    });
    await recordChange(tx, ctx, {
      action: 'partner_application.rejected',
      entityType: 'partner_application',
      entityId: id,
      organisationId: null,
      before: presentApplication(current),
      after: rejected,
    });
    return rejected;
  });
}
