import { sql } from 'drizzle-orm';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import type { OnboardingMetricsDto } from './schemas.ts';
import { onboardingEnrolments } from './tables.ts';

type RateRow = {
  journey_id: string | null;
  journey_name: string | null;
  started: number;
  completed: number;
  median_days_to_complete: number | null;
  with_first_deal: number;
  median_days_to_first_deal: number | null;
};

/**
 * Completion rate (completed / started), median days to complete and time-to-first-deal, overall
 * and per journey, in one grouped query (GROUPING SETS: the empty set is the overall row).
 */
export async function getOnboardingMetrics({ ctx }: { ctx: Ctx }): Promise<OnboardingMetricsDto> {
  const actor = assertActorCan(ctx, 'onboarding:manage');
  const days = (from: unknown, to: unknown) => sql`extract(epoch FROM (${to} - ${from})) / 86400`;
  const e = onboardingEnrolments;
  return withTransaction(ctx, async (tx) => {
    const { rows } = await tx.execute<RateRow>(sql`
      SELECT ${e.journeyId} AS journey_id,
             max(${e.journeyName}) AS journey_name,
             count(*)::int AS started,
             count(${e.completedAt})::int AS completed,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY ${days(e.startedAt, e.completedAt)})
               FILTER (WHERE ${e.completedAt} IS NOT NULL) AS median_days_to_complete,
             count(${e.firstDealRegisteredAt})::int AS with_first_deal,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY ${days(e.startedAt, e.firstDealRegisteredAt)})
               FILTER (WHERE ${e.firstDealRegisteredAt} IS NOT NULL) AS median_days_to_first_deal
        FROM ${e}
       WHERE ${e.workspaceId} = ${actor.workspaceId}
       GROUP BY GROUPING SETS ((${e.journeyId}), ())
       ORDER BY max(${e.journeyName})`);
    const rate = (row: RateRow | undefined) => ({
      started: row?.started ?? 0,
      completed: row?.completed ?? 0,
      completionRate: row && row.started > 0 ? row.completed / row.started : null,
      medianDaysToComplete: roundDays(row?.median_days_to_complete ?? null),
    });
    const overall = rows.find((row) => row.journey_id === null);
    return {
      overall: {
        ...rate(overall),
        withFirstDeal: overall?.with_first_deal ?? 0,
        medianDaysToFirstDeal: roundDays(overall?.median_days_to_first_deal ?? null),
      },
      journeys: rows
        .filter((row) => row.journey_id !== null)
        .map((row) => ({ journeyId: row.journey_id!, journeyName: row.journey_name ?? '', ...rate(row) })),
    };
  });
}

/** Days to one decimal: enough to compare journeys, without pretending to more precision. */
function roundDays(value: number | string | null): number | null {
  return value === null ? null : Math.round(Number(value) * 10) / 10;
}
