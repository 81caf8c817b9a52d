import { type Ctx, withTransaction } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { complianceStatus } from './compliance-status.ts';
import { assertMayReadCompliance } from './read-access.ts';

export async function getPartnerCompliance({
  ctx,
  organisationId,
  now,
}: {
  ctx: Ctx;
  organisationId: string;
  now: Date;
}) {
  assertMayReadCompliance(ctx);
  return withTransaction(ctx, async (tx) => {
    const status = await complianceStatus(tx, organisationId, { now });
    if (!status) throw notFound('partner');
    return status;
  });
}
