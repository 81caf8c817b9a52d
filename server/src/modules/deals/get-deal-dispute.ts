import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { loadDisputeDetail } from './deal-dispute-views.ts';

/** One dispute with its comments; a partner never receives the vendor-internal ones. */
export async function getDealDispute({ ctx, id }: { ctx: Ctx; id: string }) {
  assertActorCan(ctx, 'deals:read');
  return withTransaction(ctx, (tx) => loadDisputeDetail(tx, ctx, id));
}
