import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import type { Transaction } from '../../platform/db/connection.ts';
import { notFound } from '../../platform/errors.ts';
import { iso } from '../../platform/http/schemas.ts';
import { findOrganisation } from '../organisations/index.ts';
import { computePartnerMetrics } from './partner-metrics.ts';
import { presentTier } from './schemas.ts';
import { nextTierProgress } from './tier-decision.ts';
import { loadTierStates, loadTiers } from './tier-store.ts';

/** A partner's tier, benefits, pending downgrade and progress towards the next tier. */
export async function getPartnerTierStatus({ ctx, id, now }: { ctx: Ctx; id: string; now: Date }) {
  const actor = assertActorCan(ctx, 'organisations:read');
  return withTransaction(ctx, (tx) => loadPartnerTierStatus(tx, actor.workspaceId, id, now));
}

export async function findPartner(
  tx: Transaction,
  workspaceId: string,
  id: string,
  { forUpdate = false } = {},
) {
  const organisation = await findOrganisation(tx, workspaceId, id, { forUpdate });
  // The vendor has no tier: as far as tiers go, it is not a partner that exists.
  if (organisation.kind !== 'partner') throw notFound('partner');
  return organisation;
}

export async function loadPartnerTierStatus(tx: Transaction, workspaceId: string, id: string, now: Date) {
  const partner = await findPartner(tx, workspaceId, id);
  const tiers = await loadTiers(tx, workspaceId);
  const metrics = (await computePartnerMetrics(tx, { workspaceId, organisationIds: [id], now })).get(id)!;
  const state = (await loadTierStates(tx, workspaceId, [id])).get(id);
  const tierOf = (key: string | null) => {
    const tier = tiers.find((candidate) => candidate.key === key);
    return tier ? presentTier(tier) : null;
  };
  const next = nextTierProgress(tiers, partner.tier, metrics);
  return {
    organisationId: id,
    tier: tierOf(partner.tier),
    isLocked: state?.isLocked ?? false,
    pendingDowngrade: state?.downgradeEffectiveAt
      ? { tier: tierOf(state.pendingTierKey), effectiveAt: iso(state.downgradeEffectiveAt) }
      : null,
    metrics,
    lastEvaluatedAt: iso(state?.lastEvaluatedAt ?? null),
    nextTier: next ? { tier: presentTier(next.tier), rules: next.rules } : null,
  };
}
