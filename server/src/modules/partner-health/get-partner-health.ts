import { type Ctx, requireUser, withTransaction } from '../../platform/context.ts';
import { forbidden, notFound } from '../../platform/errors.ts';
import { assertCan } from '../../platform/permissions.ts';
import { loadHealthMetrics } from './health-metrics-query.ts';
import { healthScore } from './health-score.ts';
import { type PartnerHealthDto, presentHealth } from './schemas.ts';

/**
 * Computed on read rather than stored: for a page of partners it is one indexed query, always
 * current, and needs no nightly job or snapshot table to keep in step. The score is the vendor's
 * view of a partner (a churn signal), so partners' people do not read it, not even their own.
 */
export async function listPartnerHealth({
  ctx,
  organisationIds,
  now,
}: {
  ctx: Ctx;
  organisationIds: string[];
  now: Date;
}): Promise<PartnerHealthDto[]> {
  const actor = requireUser(ctx);
  assertCan(actor, 'organisations:read');
  if (actor.organisationKind !== 'vendor') throw forbidden('Partner health is for the vendor’s staff.');
  const ids = [...new Set(organisationIds)];
  return withTransaction(ctx, async (tx) => {
    const metrics = await loadHealthMetrics(tx, {
      workspaceId: actor.workspaceId,
      organisationIds: ids,
      now,
    });
    return ids.flatMap((id) => {
      const found = metrics.get(id);
      return found ? [presentHealth(id, found, healthScore(found))] : [];
    });
  });
}

export async function getPartnerHealth({ ctx, id, now }: { ctx: Ctx; id: string; now: Date }) {
  const [health] = await listPartnerHealth({ ctx, organisationIds: [id], now });
  if (!health) throw notFound('partner');
  return health;
}
