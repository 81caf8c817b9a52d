import { and, eq } from 'drizzle-orm';
import { recordChange } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import type { Transaction } from '../../platform/db/connection.ts';
import { newId } from '../../platform/ids.ts';
import { organisations } from '../organisations/tables.ts';
import type { PartnerMetrics } from './partner-metrics.ts';
import { partnerTierChanges } from './tables.ts';

export type TierChange = {
  organisation: { id: string; name: string; version: number };
  fromTierKey: string | null;
  toTierKey: string | null;
  /** Display name of the new tier, for notifications. */
  toTierName: string | null;
  reason: 'evaluation' | 'manual' | 'grace_expired';
  note?: string | null;
  metrics: PartnerMetrics | null;
  at: Date;
  /** Set when the organisation row was already written by the caller (a profile edit). */
  isTierWritten?: boolean;
};

/**
 * The one way a partner's tier changes: the organisation's tier, a history row and the audited
 * `organisation.tier_changed` event (with the partner as its organisation, so its admins hear of it).
 */
export async function recordTierChange(tx: Transaction, ctx: Ctx, change: TierChange) {
  const { organisation } = change;
  const { workspaceId } = ctx.actor;
  if (!change.isTierWritten) {
    await tx
      .update(organisations)
      .set({ tier: change.toTierKey, version: organisation.version + 1, updatedAt: change.at })
      .where(and(eq(organisations.workspaceId, workspaceId), eq(organisations.id, organisation.id)));
  }
  const changedById = ctx.actor.type === 'user' ? ctx.actor.userId : null;
  const [row] = await tx
    .insert(partnerTierChanges)
    .values({
      id: newId('partnerTierChange'),
      workspaceId,
      organisationId: organisation.id,
      fromTierKey: change.fromTierKey,
      toTierKey: change.toTierKey,
      reason: change.reason,
      note: change.note ?? null,
      metrics: change.metrics,
      changedById,
      changedAt: change.at,
    })
    .returning();
  await recordChange(tx, ctx, {
    action: 'organisation.tier_changed',
    entityType: 'organisation',
    entityId: organisation.id,
    organisationId: organisation.id,
    before: { tier: change.fromTierKey },
    after: {
      tier: change.toTierKey,
      tierName: change.toTierName,
      organisationName: organisation.name,
      reason: change.reason,
      note: change.note ?? null,
      metrics: change.metrics,
      changeId: row!.id,
    },
  });
}
