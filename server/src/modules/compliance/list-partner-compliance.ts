import { and, desc, eq, lt } from 'drizzle-orm';
import type { z } from 'zod';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { decodeCursor, type PageQuery } from '../../platform/http/pagination.ts';
import { organisations } from '../organisations/tables.ts';
import { complianceOfPartners } from './compliance-status.ts';
import type { listPartnerComplianceQuery, PartnerComplianceDto } from './schemas.ts';

const BATCH = 200;

/**
 * The compliance overview: every partner the caller sees with where it stands, newest partner
 * first. Compliance is computed, not stored, so the status filter reads partners in batches until
 * the page is full.
 */
export async function listPartnerCompliance({
  ctx,
  input,
  now,
}: {
  ctx: Ctx;
  input: PageQuery & z.infer<typeof listPartnerComplianceQuery>;
  now: Date;
}) {
  const actor = assertActorCan(ctx, 'compliance:read');
  let after = decodeCursor(input.cursor);
  return withTransaction(ctx, async (tx) => {
    const page: PartnerComplianceDto[] = [];
    while (page.length <= input.limit) {
      const partners = await tx
        .select()
        .from(organisations)
        .where(
          and(
            eq(organisations.workspaceId, actor.workspaceId),
            eq(organisations.kind, 'partner'),
            after ? lt(organisations.id, after) : undefined,
          ),
        )
        .orderBy(desc(organisations.id))
        .limit(BATCH);
      const statuses = await complianceOfPartners(tx, partners, now);
      page.push(
        ...statuses.filter(
          (status) => !input.status || status.isCompliant === (input.status === 'compliant'),
        ),
      );
      if (partners.length < BATCH) break;
      after = partners.at(-1)!.id;
    }
    const hasMore = page.length > input.limit;
    const data = page.slice(0, input.limit);
    const last = data.at(-1);
    return {
      data,
      nextCursor: hasMore && last ? Buffer.from(last.organisationId, 'utf8').toString('base64url') : null,
    };
  });
}
