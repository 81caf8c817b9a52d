import type { PartnerMetrics, TierRule } from './partner-metrics.ts';

/** What evaluation needs of a tier. */
export type TierDefinition = { key: string; rank: number; rules: TierRule[] };

/** A partner's tier as it stands; a pending downgrade is marked by its `downgradeEffectiveAt`. */
export type TierStanding = {
  tierKey: string | null;
  isLocked: boolean;
  pendingTierKey: string | null;
  downgradeEffectiveAt: Date | null;
};

export type TierDecision =
  | { kind: 'unchanged' }
  | { kind: 'upgrade'; toTierKey: string }
  | { kind: 'downgrade_scheduled'; toTierKey: string | null; effectiveAt: Date }
  /** Still pending, towards a different tier; the grace period keeps running from when it began. */
  | { kind: 'downgrade_retargeted'; toTierKey: string | null }
  | { kind: 'downgrade_cancelled' }
  | { kind: 'downgrade_applied'; toTierKey: string | null; reason: 'evaluation' | 'grace_expired' };

const DAY_MS = 24 * 60 * 60 * 1000;

export function meetsRules(rules: readonly TierRule[], metrics: PartnerMetrics): boolean {
  return rules.every((rule) => metrics[rule.metric] >= rule.minimum);
}

/** The highest-ranked tier whose rules all hold; null when none does. */
export function qualifyingTier<Tier extends TierDefinition>(tiers: readonly Tier[], metrics: PartnerMetrics) {
  return [...tiers].sort((a, b) => b.rank - a.rank).find((tier) => meetsRules(tier.rules, metrics)) ?? null;
}

/** The tier just above `tierKey` (the lowest one when the partner has none), with each rule's progress. */
export function nextTierProgress<Tier extends TierDefinition>(
  tiers: readonly Tier[],
  tierKey: string | null,
  metrics: PartnerMetrics,
) {
  const currentRank = rankOf(tiers, tierKey);
  const next = [...tiers].sort((a, b) => a.rank - b.rank).find((tier) => tier.rank > currentRank);
  if (!next) return null;
  return {
    tier: next,
    rules: next.rules.map((rule) => ({
      ...rule,
      actual: metrics[rule.metric],
      isMet: metrics[rule.metric] >= rule.minimum,
    })),
  };
}

function rankOf(tiers: readonly TierDefinition[], key: string | null): number {
  return tiers.find((tier) => tier.key === key)?.rank ?? Number.NEGATIVE_INFINITY;
}

/**
 * Upgrades apply at once. A partner that no longer qualifies keeps its tier for the grace period:
 * the downgrade is scheduled, cancelled if the partner qualifies again in time, and applied by
 * the first evaluation after it ends. A tier locked by hand is left alone.
 */
export function decideTier({
  tiers,
  standing,
  metrics,
  now,
  graceDays,
}: {
  tiers: readonly TierDefinition[];
  standing: TierStanding;
  metrics: PartnerMetrics;
  now: Date;
  graceDays: number;
}): TierDecision {
  if (standing.isLocked) return { kind: 'unchanged' };
  const target = qualifyingTier(tiers, metrics);
  const targetKey = target?.key ?? null;
  const targetRank = target?.rank ?? Number.NEGATIVE_INFINITY;
  const currentRank = rankOf(tiers, standing.tierKey);
  const isPending = standing.downgradeEffectiveAt !== null;

  if (targetRank > currentRank)
    return targetKey ? { kind: 'upgrade', toTierKey: targetKey } : { kind: 'unchanged' };
  if (targetRank === currentRank) return isPending ? { kind: 'downgrade_cancelled' } : { kind: 'unchanged' };
  if (graceDays === 0) return { kind: 'downgrade_applied', toTierKey: targetKey, reason: 'evaluation' };
  if (standing.downgradeEffectiveAt === null) {
    return {
      kind: 'downgrade_scheduled',
      toTierKey: targetKey,
      effectiveAt: new Date(now.getTime() + graceDays * DAY_MS),
    };
  }
  if (standing.downgradeEffectiveAt <= now) {
    return { kind: 'downgrade_applied', toTierKey: targetKey, reason: 'grace_expired' };
  }
  return standing.pendingTierKey === targetKey
    ? { kind: 'unchanged' }
    : { kind: 'downgrade_retargeted', toTierKey: targetKey };
}
