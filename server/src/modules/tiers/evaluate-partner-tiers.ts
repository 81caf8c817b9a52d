import { and, eq, inArray, sql } from 'drizzle-orm';
import { recordChange } from '../../platform/audit.ts';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import type { Transaction } from '../../platform/db/connection.ts';
import { assertNever } from '../../platform/errors.ts';
import { organisations } from '../organisations/tables.ts';
import { computePartnerMetrics, type PartnerMetrics } from './partner-metrics.ts';
import { recordTierChange } from './record-tier-change.ts';
import type { EvaluationSummary } from './schemas.ts';
import { partnerTierStates } from './tables.ts';
import { decideTier, type TierDecision } from './tier-decision.ts';
import { loadTierSettings, loadTierStates, loadTiers } from './tier-store.ts';

type StateRow = typeof partnerTierStates.$inferInsert;

/** "Evaluate tiers now": every active partner of the workspace. */
export async function evaluateAllPartnerTiers({ ctx, now }: { ctx: Ctx; now: Date }) {
  assertActorCan(ctx, 'tiers:manage');
  return withTransaction(ctx, (tx) => evaluatePartnerTiers(tx, ctx, { organisationIds: null, now }));
}

/**
 * Evaluates partners (all active ones, or the given ones) against the tiers' rules and applies
 * the decisions: upgrades at once, downgrades after the grace period. Offboarded partners are
 * left as they are. Metrics are computed for all partners together.
 */
export async function evaluatePartnerTiers(
  tx: Transaction,
  ctx: Ctx,
  { organisationIds, now }: { organisationIds: string[] | null; now: Date },
): Promise<EvaluationSummary> {
  const { workspaceId } = ctx.actor;
  const tiers = await loadTiers(tx, workspaceId);
  if (tiers.length === 0) return { evaluated: 0, changes: [] };
  const { downgradeGraceDays } = await loadTierSettings(tx, workspaceId);
  const partners = await tx
    .select({
      id: organisations.id,
      name: organisations.name,
      tier: organisations.tier,
      version: organisations.version,
    })
    .from(organisations)
    .where(
      and(
        eq(organisations.workspaceId, workspaceId),
        eq(organisations.kind, 'partner'),
        eq(organisations.status, 'active'),
        organisationIds ? inArray(organisations.id, organisationIds) : undefined,
      ),
    )
    .orderBy(organisations.id)
    .for('update');
  const ids = partners.map((partner) => partner.id);
  const metricsOf = await computePartnerMetrics(tx, { workspaceId, organisationIds: ids, now });
  const states = await loadTierStates(tx, workspaceId, ids, { forUpdate: true });
  const tierNamed = (key: string | null) => tiers.find((tier) => tier.key === key)?.name ?? null;

  const summary: EvaluationSummary = { evaluated: partners.length, changes: [] };
  const nextStates: StateRow[] = [];
  for (const partner of partners) {
    const state = states.get(partner.id);
    const metrics = metricsOf.get(partner.id)!;
    const decision = decideTier({
      tiers,
      standing: {
        tierKey: partner.tier,
        isLocked: state?.isLocked ?? false,
        pendingTierKey: state?.pendingTierKey ?? null,
        downgradeEffectiveAt: state?.downgradeEffectiveAt ?? null,
      },
      metrics,
      now,
      graceDays: downgradeGraceDays,
    });
    const next: StateRow = {
      organisationId: partner.id,
      workspaceId,
      isLocked: state?.isLocked ?? false,
      pendingTierKey: state?.pendingTierKey ?? null,
      downgradeEffectiveAt: state?.downgradeEffectiveAt ?? null,
      lastEvaluatedAt: now,
      updatedAt: now,
    };
    nextStates.push(next);
    await apply({ tx, ctx, decision, partner, metrics, next, now, tierNamed, summary });
  }
  await saveStates(tx, nextStates);
  return summary;
}

async function apply({
  tx,
  ctx,
  decision,
  partner,
  metrics,
  next,
  now,
  tierNamed,
  summary,
}: {
  tx: Transaction;
  ctx: Ctx;
  decision: TierDecision;
  partner: { id: string; name: string; tier: string | null; version: number };
  metrics: PartnerMetrics;
  next: StateRow;
  now: Date;
  tierNamed: (key: string | null) => string | null;
  summary: EvaluationSummary;
}) {
  const change = (
    kind: EvaluationSummary['changes'][number]['kind'],
    toTier: string | null,
    effectiveAt: Date | null,
  ) =>
    summary.changes.push({
      organisationId: partner.id,
      organisationName: partner.name,
      kind,
      fromTier: partner.tier,
      toTier,
      effectiveAt: effectiveAt?.toISOString() ?? null,
    });
  const event = (action: string, after: Record<string, unknown>) =>
    recordChange(tx, ctx, {
      action,
      entityType: 'organisation',
      entityId: partner.id,
      organisationId: partner.id,
      before: { tier: partner.tier },
      after: {
        tier: partner.tier,
        tierName: tierNamed(partner.tier),
        organisationName: partner.name,
        metrics,
        ...after,
      },
    });

  switch (decision.kind) {
    case 'unchanged':
      return;
    case 'upgrade':
    case 'downgrade_applied': {
      next.pendingTierKey = null;
      next.downgradeEffectiveAt = null;
      await recordTierChange(tx, ctx, {
        organisation: partner,
        fromTierKey: partner.tier,
        toTierKey: decision.toTierKey,
        toTierName: tierNamed(decision.toTierKey),
        reason: decision.kind === 'upgrade' ? 'evaluation' : decision.reason,
        metrics,
        at: now,
      });
      change(decision.kind, decision.toTierKey, null);
      return;
    }
    case 'downgrade_scheduled':
      next.pendingTierKey = decision.toTierKey;
      next.downgradeEffectiveAt = decision.effectiveAt;
      await event('organisation.tier_downgrade_scheduled', {
        pendingTier: decision.toTierKey,
        pendingTierName: tierNamed(decision.toTierKey),
        downgradeEffectiveAt: decision.effectiveAt.toISOString(),
      });
      change('downgrade_scheduled', decision.toTierKey, decision.effectiveAt);
      return;
    case 'downgrade_retargeted':
      next.pendingTierKey = decision.toTierKey;
      return;
    case 'downgrade_cancelled':
      next.pendingTierKey = null;
      next.downgradeEffectiveAt = null;
      await event('organisation.tier_downgrade_cancelled', {});
      change('downgrade_cancelled', partner.tier, null);
      return;
    default:
      assertNever(decision);
  }
}

/** A statement per thousand partners, well within PostgreSQL's limit of bound parameters. */
async function saveStates(tx: Transaction, rows: StateRow[]) {
  for (let start = 0; start < rows.length; start += 1000) {
    await upsertStates(tx, rows.slice(start, start + 1000));
  }
}

async function upsertStates(tx: Transaction, rows: StateRow[]) {
  await tx
    .insert(partnerTierStates)
    .values(rows)
    .onConflictDoUpdate({
      target: partnerTierStates.organisationId,
      set: {
        pendingTierKey: sql`excluded.pending_tier_key`,
        downgradeEffectiveAt: sql`excluded.downgrade_effective_at`,
        lastEvaluatedAt: sql`excluded.last_evaluated_at`,
        updatedAt: sql`excluded.updated_at`,
      },
    });
}
