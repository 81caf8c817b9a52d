import { and, eq, gte, lt, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import type { dealPipelineQuery } from './collaboration-schemas.ts';
import { loadDealSettings } from './deal-settings.ts';
import { pipelineMetrics } from './pipeline-metrics.ts';
import { dealRegistrations, dealStageChanges } from './tables.ts';

const DAY = 24 * 60 * 60 * 1000;

/**
 * Pipeline numbers over the registrations the actor can see (a partner its own; a regional
 * manager its regions'), narrowed by partner, region, registration dates and currency.
 */
export async function getDealPipeline({
  ctx,
  query,
  now,
}: {
  ctx: Ctx;
  query: z.infer<typeof dealPipelineQuery>;
  now: Date;
}) {
  const actor = assertActorCan(ctx, 'deals:read');
  const filters: (SQL | undefined)[] = [
    query.organisationId ? eq(dealRegistrations.organisationId, query.organisationId) : undefined,
    query.region ? eq(dealRegistrations.region, query.region) : undefined,
    query.currency ? eq(dealRegistrations.currency, query.currency) : undefined,
    query.from ? gte(dealRegistrations.registeredAt, new Date(query.from)) : undefined,
    // `to` is a whole day: registrations on that date count.
    query.to ? lt(dealRegistrations.registeredAt, new Date(Date.parse(query.to) + DAY)) : undefined,
  ];
  return withTransaction(ctx, async (tx) => {
    const registrations = await tx
      .select({
        id: dealRegistrations.id,
        stage: dealRegistrations.stage,
        status: dealRegistrations.status,
        amount: dealRegistrations.amount,
        currency: dealRegistrations.currency,
        registeredAt: dealRegistrations.registeredAt,
        decidedAt: dealRegistrations.decidedAt,
        closedAt: dealRegistrations.closedAt,
      })
      .from(dealRegistrations)
      .where(and(...filters));
    const changes = await tx
      .select({ registrationId: dealStageChanges.registrationId, toStage: dealStageChanges.toStage })
      .from(dealStageChanges)
      .innerJoin(dealRegistrations, eq(dealRegistrations.id, dealStageChanges.registrationId))
      .where(and(...filters));
    const programme = await loadDealSettings(tx, actor.workspaceId);
    return pipelineMetrics(
      registrations.map((registration) => ({
        ...registration,
        // A won or lost deal was approved before it moved; its decision time is the approval.
        approvedAt:
          registration.status === 'approved' || registration.stage === 'won' || registration.stage === 'lost'
            ? registration.decidedAt
            : null,
      })),
      changes,
      now,
      programme,
    );
  });
}
