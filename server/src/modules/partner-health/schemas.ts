import { z } from 'zod';
import { HEALTH_WEIGHTS, type HealthMetrics, type HealthScore } from './health-score.ts';

const orgId = z.string().regex(/^org_[0-9a-z]{26}$/, 'must be an id starting with org_');

export const partnerHealthSchema = z
  .object({
    organisationId: z.string(),
    score: z.number().int().describe('0–100: weighted mean of the available components'),
    band: z
      .enum(['healthy', 'at_risk', 'critical'])
      .describe('70+ healthy, 40–69 at risk, below 40 critical'),
    components: z.array(
      z.object({
        key: z.enum(Object.keys(HEALTH_WEIGHTS) as [keyof typeof HEALTH_WEIGHTS]),
        weight: z.number().int().describe('Its weight before renormalising over the available components'),
        value: z.number().nullable().describe('0–1; null: not available yet, left out of the score'),
      }),
    ),
    metrics: z.object({
      activeUsers: z.number().int(),
      usersSignedInRecently: z.number().int().describe('Active people who signed in in the last 30 days'),
      onboardingCompletedSteps: z.number().int().nullable(),
      onboardingTotalSteps: z.number().int().nullable(),
      daysSinceLastActivity: z.number().int().nullable(),
    }),
  })
  .meta({ id: 'PartnerHealth' });

export type PartnerHealthDto = z.infer<typeof partnerHealthSchema>;

export function presentHealth(
  organisationId: string,
  metrics: HealthMetrics,
  score: HealthScore,
): PartnerHealthDto {
  return {
    organisationId,
    ...score,
    metrics: {
      activeUsers: metrics.activeUsers,
      usersSignedInRecently: metrics.usersSignedInRecently,
      onboardingCompletedSteps: metrics.onboarding?.completedSteps ?? null,
      onboardingTotalSteps: metrics.onboarding?.totalSteps ?? null,
      daysSinceLastActivity: metrics.daysSinceLastActivity,
    },
  };
}

export const listHealthQuery = z.object({
  organisationId: z
    .union([orgId, z.array(orgId).max(200)])
    .transform((value) => (Array.isArray(value) ? value : [value]))
    .describe('The partners to score (repeat the parameter, up to 200), e.g. a page of the directory'),
});
