import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Transaction } from '../../platform/db/connection.ts';
import { oneOrNotFound } from '../../platform/db/one-or-not-found.ts';
import { DomainError } from '../../platform/errors.ts';
import { METRIC_KEYS, type TierRule } from './partner-metrics.ts';
import { partnerTierSettings, partnerTierStates, partnerTiers } from './tables.ts';

export const DEFAULT_GRACE_DAYS = 90;

/** The workspace's tiers, lowest rank first. */
export async function loadTiers(tx: Transaction, workspaceId: string) {
  return tx
    .select()
    .from(partnerTiers)
    .where(eq(partnerTiers.workspaceId, workspaceId))
    .orderBy(asc(partnerTiers.rank));
}

export async function findTier(tx: Transaction, workspaceId: string, id: string, { forUpdate = false } = {}) {
  const query = tx
    .select()
    .from(partnerTiers)
    .where(and(eq(partnerTiers.workspaceId, workspaceId), eq(partnerTiers.id, id)));
  return oneOrNotFound(query, 'partner_tier', { forUpdate });
}

export async function loadTierSettings(tx: Transaction, workspaceId: string) {
  const [row] = await tx
    .select()
    .from(partnerTierSettings)
    .where(eq(partnerTierSettings.workspaceId, workspaceId));
  return row ?? { workspaceId, downgradeGraceDays: DEFAULT_GRACE_DAYS, version: 0, updatedAt: null };
}

/** An organisation's tier must be one of the workspace's tiers; `field` names the input that said so. */
export async function assertTierKeyExists(tx: Transaction, workspaceId: string, key: string, field: string) {
  const [tier] = await tx
    .select({ id: partnerTiers.id, name: partnerTiers.name })
    .from(partnerTiers)
    .where(and(eq(partnerTiers.workspaceId, workspaceId), eq(partnerTiers.key, key)));
  if (!tier) {
    throw new DomainError('validation', 'unknown_tier', `There is no tier "${key}" in this programme.`, [
      { field, message: 'must be the key of one of the programme’s tiers' },
    ]);
  }
  return tier;
}

/** Tier states of the given partners, keyed by organisation id; partners never evaluated are absent. */
export async function loadTierStates(
  tx: Transaction,
  workspaceId: string,
  organisationIds: string[],
  { forUpdate = false } = {},
) {
  if (organisationIds.length === 0) return new Map<string, typeof partnerTierStates.$inferSelect>();
  const query = tx
    .select()
    .from(partnerTierStates)
    .where(
      and(
        eq(partnerTierStates.workspaceId, workspaceId),
        inArray(partnerTierStates.organisationId, organisationIds),
      ),
    );
  const rows = forUpdate ? await query.for('update') : await query;
  return new Map(rows.map((row) => [row.organisationId, row]));
}

/** Writes a partner's tier state, creating it on first use. */
export async function saveTierState(
  tx: Transaction,
  state: Omit<typeof partnerTierStates.$inferInsert, 'updatedAt'> & { updatedAt: Date },
) {
  const { organisationId: _key, ...changes } = state;
  await tx
    .insert(partnerTierStates)
    .values(state)
    .onConflictDoUpdate({ target: partnerTierStates.organisationId, set: changes });
}

/** Keys and ranks are unique in a workspace; says which field clashes rather than failing on the index. */
export function assertDistinctTier(
  existing: readonly { id: string; key: string; rank: number; name: string }[],
  candidate: { key?: string; rank?: number },
  exceptId: string | null = null,
) {
  const others = existing.filter((tier) => tier.id !== exceptId);
  const sameKey = others.find((tier) => tier.key === candidate.key);
  if (sameKey) {
    throw new DomainError('conflict', 'tier_key_taken', `The tier "${sameKey.name}" already has this key.`, [
      { field: 'body.key', message: 'is already used by another tier' },
    ]);
  }
  const sameRank = others.find((tier) => tier.rank === candidate.rank);
  if (sameRank) {
    throw new DomainError(
      'conflict',
      'tier_rank_taken',
      `The tier "${sameRank.name}" already has this rank.`,
      [{ field: 'body.rank', message: 'is already used by another tier' }],
    );
  }
}

/** Rules may use only metrics the catalogue computes. */
export function assertKnownMetrics(rules: readonly { metric: string; minimum: number }[]): TierRule[] {
  const unknown = rules.findIndex((rule) => !(METRIC_KEYS as readonly string[]).includes(rule.metric));
  if (unknown >= 0) {
    throw new DomainError(
      'validation',
      'unknown_metric',
      `There is no partner metric "${rules[unknown]!.metric}".`,
      [{ field: `body.rules.${unknown}.metric`, message: `must be one of: ${METRIC_KEYS.join(', ')}` }],
    );
  }
  return rules as TierRule[];
}
