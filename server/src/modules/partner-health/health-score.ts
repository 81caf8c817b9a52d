/**
 * The partner health (engagement) score, 0–100, from what a partner does. Each component scores
 * 0–1; the score is their weighted mean over the components that are available, so a missing
 * source (deals, until deal registration exists; onboarding, for a partner never enrolled) neither
 * drags a partner down nor lifts it — its weight is shared by the rest.
 *
 * Weights, in one place:
 * - logins 35: share of the partner's active people who signed in during the last 30 days;
 * - onboarding 25: share of the steps of its latest onboarding journey that are done;
 * - deals 25: not available yet (no deal registration), always left out;
 * - recency 15: days since anything was last recorded for the partner — full marks within a
 *   week, nothing after 90 days, linear in between.
 */
export const HEALTH_WEIGHTS = { logins: 35, onboarding: 25, deals: 25, recency: 15 } as const;

export type HealthComponentKey = keyof typeof HEALTH_WEIGHTS;

export const LOGIN_WINDOW_DAYS = 30;
const RECENT_DAYS = 7;
const STALE_DAYS = 90;

export type HealthMetrics = {
  activeUsers: number;
  usersSignedInRecently: number;
  onboarding: { completedSteps: number; totalSteps: number } | null;
  daysSinceLastActivity: number | null;
};

export type HealthComponent = {
  key: HealthComponentKey;
  weight: number;
  /** 0–1, or null when the source is not available: the weight goes to the other components. */
  value: number | null;
};

export type HealthBand = 'healthy' | 'at_risk' | 'critical';

export type HealthScore = { score: number; band: HealthBand; components: HealthComponent[] };

export function healthScore(metrics: HealthMetrics): HealthScore {
  const components: HealthComponent[] = [
    {
      key: 'logins',
      weight: HEALTH_WEIGHTS.logins,
      value: metrics.activeUsers > 0 ? Math.min(1, metrics.usersSignedInRecently / metrics.activeUsers) : 0,
    },
    {
      key: 'onboarding',
      weight: HEALTH_WEIGHTS.onboarding,
      value:
        metrics.onboarding && metrics.onboarding.totalSteps > 0
          ? metrics.onboarding.completedSteps / metrics.onboarding.totalSteps
          : null,
    },
    { key: 'deals', weight: HEALTH_WEIGHTS.deals, value: null },
    { key: 'recency', weight: HEALTH_WEIGHTS.recency, value: recencyOf(metrics.daysSinceLastActivity) },
  ];
  const available = components.filter((component) => component.value !== null);
  const totalWeight = available.reduce((sum, component) => sum + component.weight, 0);
  const weighted = available.reduce((sum, component) => sum + component.weight * component.value!, 0);
  const score = totalWeight > 0 ? Math.round((100 * weighted) / totalWeight) : 0;
  return { score, band: bandOf(score), components };
}

function recencyOf(days: number | null): number {
  if (days === null) return 0;
  if (days <= RECENT_DAYS) return 1;
  if (days >= STALE_DAYS) return 0;
  return (STALE_DAYS - days) / (STALE_DAYS - RECENT_DAYS);
}

/** Below 40 a partner is a churn risk worth a call; 70 and up it is doing well. */
export function bandOf(score: number): HealthBand {
  if (score >= 70) return 'healthy';
  if (score >= 40) return 'at_risk';
  return 'critical';
}
