import { and, desc, eq, lt } from 'drizzle-orm';
import type { z } from 'zod';
import { recordChange } from '../../platform/audit.ts';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { oneOrNotFound } from '../../platform/db/one-or-not-found.ts';
import { DomainError } from '../../platform/errors.ts';
import { decodeCursor, type PageQuery, toPage } from '../../platform/http/pagination.ts';
import { organisations } from '../organisations/tables.ts';
import { type listHitsQuery, presentHit } from './schemas.ts';
import { sanctionsHits } from './tables.ts';

export async function listSanctionsHits({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: PageQuery & z.infer<typeof listHitsQuery>;
}) {
  const actor = assertActorCan(ctx, 'compliance:manage');
  const after = decodeCursor(input.cursor);
  return withTransaction(ctx, async (tx) => {
    const rows = await tx
      .select({ hit: sanctionsHits, organisationName: organisations.name })
      .from(sanctionsHits)
      .innerJoin(organisations, eq(organisations.id, sanctionsHits.organisationId))
      .where(
        and(
          eq(sanctionsHits.workspaceId, actor.workspaceId),
          input.status ? eq(sanctionsHits.status, input.status) : undefined,
          input.organisationId ? eq(sanctionsHits.organisationId, input.organisationId) : undefined,
          after ? lt(sanctionsHits.id, after) : undefined,
        ),
      )
      .orderBy(desc(sanctionsHits.id))
      .limit(input.limit + 1);
    return toPage(
      rows.map((row) => ({ ...row, id: row.hit.id })),
      input.limit,
      (row) => presentHit(row.hit, row.organisationName),
    );
  });
}

/**
 * A vendor decides on an open hit: cleared as a false positive, or confirmed, which puts the
 * partner on compliance hold. Either way with a note for the audit trail; decided hits are final.
 */
export async function resolveSanctionsHit({
  ctx,
  id,
  resolution,
  note,
  now,
}: {
  ctx: Ctx;
  id: string;
  resolution: 'cleared' | 'confirmed';
  note: string;
  now: Date;
}) {
  const actor = assertActorCan(ctx, 'compliance:manage');
  return withTransaction(ctx, async (tx) => {
    const current = await oneOrNotFound(
      tx
        .select()
        .from(sanctionsHits)
        .where(and(eq(sanctionsHits.workspaceId, actor.workspaceId), eq(sanctionsHits.id, id))),
      'sanctions_hit',
      { forUpdate: true },
    );
    if (current.status !== 'open') {
      throw new DomainError(
        'conflict',
        'sanctions_hit_resolved',
        `This match was already ${current.status}.`,
      );
    }
    const [row] = await tx
      .update(sanctionsHits)
      .set({ status: resolution, resolutionNote: note, resolvedById: actor.userId, resolvedAt: now })
      .where(and(eq(sanctionsHits.workspaceId, actor.workspaceId), eq(sanctionsHits.id, id)))
      .returning();
    const [partner] = await tx
      .select({ name: organisations.name })
      .from(organisations)
      .where(eq(organisations.id, current.organisationId));
    const organisationName = partner?.name ?? '';
    const resolved = presentHit(row!, organisationName);
    await recordChange(tx, ctx, {
      action: resolution === 'cleared' ? 'sanctions_hit.cleared' : 'sanctions_hit.confirmed',
      entityType: 'sanctions_hit',
      entityId: id,
      organisationId: null,
      before: presentHit(current, organisationName),
      after: resolved,
    });
    return resolved;
  });
}
