import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { recordChange } from '../../platform/audit.ts';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { iso } from '../../platform/http/schemas.ts';
import { DEFAULT_DEAL_SETTINGS } from '../deals/deal-settings.ts';
import { dealRegistrationSettings } from '../deals/tables.ts';
import { organisations } from '../organisations/tables.ts';
import { directOnlyAccountNames } from './get-rules-of-engagement.ts';
import type { publishRulesInput } from './schemas.ts';

/**
 * Publishes new rules of engagement at once and tells every active partner's admins (one
 * `rules_of_engagement.announced` per partner, which notifies its admins). Only the two rules
 * columns of the programme settings are written: the approval policy in the same row is not
 * this page's to change, and its version is left alone so a settings edit in flight still saves.
 */
export async function publishRulesOfEngagement({
  ctx,
  input,
  now,
}: {
  ctx: Ctx;
  input: z.infer<typeof publishRulesInput>;
  now: Date;
}) {
  const actor = assertActorCan(ctx, 'deals:manage');
  return withTransaction(ctx, async (tx) => {
    const [previous] = await tx
      .select({ markdown: dealRegistrationSettings.rulesOfEngagement })
      .from(dealRegistrationSettings)
      .where(eq(dealRegistrationSettings.workspaceId, actor.workspaceId));
    await tx
      .insert(dealRegistrationSettings)
      .values({
        workspaceId: actor.workspaceId,
        approvalLevels: DEFAULT_DEAL_SETTINGS.approvalLevels,
        rulesOfEngagement: input.markdown,
        rulesPublishedAt: now,
      })
      .onConflictDoUpdate({
        target: dealRegistrationSettings.workspaceId,
        set: { rulesOfEngagement: input.markdown, rulesPublishedAt: now, updatedAt: now },
      });
    await recordChange(tx, ctx, {
      action: 'rules_of_engagement.published',
      entityType: 'rules_of_engagement',
      entityId: actor.workspaceId,
      organisationId: null,
      before: previous ? { markdown: previous.markdown } : null,
      after: { markdown: input.markdown, publishedAt: iso(now) },
    });
    const partners = await tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(
        and(
          eq(organisations.workspaceId, actor.workspaceId),
          eq(organisations.kind, 'partner'),
          eq(organisations.status, 'active'),
        ),
      );
    for (const partner of partners) {
      await recordChange(tx, ctx, {
        action: 'rules_of_engagement.announced',
        entityType: 'rules_of_engagement',
        entityId: actor.workspaceId,
        organisationId: partner.id,
        after: { publishedAt: iso(now) },
      });
    }
    return {
      markdown: input.markdown,
      publishedAt: iso(now),
      directOnlyAccounts: await directOnlyAccountNames(tx),
    };
  });
}
