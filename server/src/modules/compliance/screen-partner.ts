import { and, eq, inArray, sql } from 'drizzle-orm';
import { recordChange } from '../../platform/audit.ts';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import type { Transaction } from '../../platform/db/connection.ts';
import { notFound } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { organisations } from '../organisations/tables.ts';
import { entryKeyOf, normaliseName } from './sanctions-names.ts';
import { presentHit } from './schemas.ts';
import { sanctionsEntries, sanctionsHits } from './tables.ts';
import { latestUpload } from './upload-sanctions-list.ts';

type Organisation = typeof organisations.$inferSelect;
type Match = { entryId: string; matchedName: string; screenedName: string; score: number };

/**
 * Compares a partner's names (display and legal) with every name and alias on the current list by
 * trigram similarity of their normalised forms, and records each entry at or above the list's
 * threshold as a hit. A party already recorded for this partner (open, cleared or confirmed) is
 * not recorded again, so screening is safe to repeat. Returns the newly recorded hits.
 */
export async function screenOrganisation(tx: Transaction, ctx: Ctx, partner: Organisation, now: Date) {
  const upload = await latestUpload(tx, partner.workspaceId);
  if (!upload || partner.kind !== 'partner') return [];
  const screenedNames = [
    ...new Set([partner.name, partner.legalName].filter((name): name is string => !!name)),
  ];
  // The trigram index answers `%` with this threshold; it holds for this transaction only.
  await tx.execute(
    sql`SELECT set_config('pg_trgm.similarity_threshold', ${String(upload.matchThreshold)}, true)`,
  );
  const best = new Map<string, Match>();
  for (const screenedName of screenedNames) {
    const normalised = normaliseName(screenedName);
    if (!normalised) continue;
    const matches = await tx.execute<{ entry_id: string; normalised_name: string; score: number }>(sql`
      SELECT entry_id, normalised_name, similarity(normalised_name, ${normalised}) AS score
      FROM sanctions_entry_names
      WHERE workspace_id = ${partner.workspaceId} AND normalised_name % ${normalised}`);
    for (const match of matches.rows) {
      const score = Number(match.score);
      if ((best.get(match.entry_id)?.score ?? -1) < score) {
        best.set(match.entry_id, {
          entryId: match.entry_id,
          matchedName: match.normalised_name,
          screenedName,
          score,
        });
      }
    }
  }
  if (best.size === 0) return [];
  const entries = await tx
    .select()
    .from(sanctionsEntries)
    .where(
      and(
        eq(sanctionsEntries.workspaceId, partner.workspaceId),
        inArray(sanctionsEntries.id, [...best.keys()]),
      ),
    );
  const recorded = [];
  for (const entry of entries) {
    const match = best.get(entry.id)!;
    const [row] = await tx
      .insert(sanctionsHits)
      .values({
        id: newId('sanctionsHit'),
        workspaceId: partner.workspaceId,
        organisationId: partner.id,
        uploadId: upload.id,
        entryKey: entryKeyOf(entry),
        screenedName: match.screenedName,
        matchedName: match.matchedName,
        score: match.score,
        entryName: entry.name,
        entryAliases: entry.aliases,
        entryCountry: entry.country,
        entrySource: entry.source,
        entryReference: entry.reference,
        createdAt: now,
      })
      .onConflictDoNothing()
      .returning();
    if (!row) continue;
    const hit = presentHit(row, partner.name);
    // Not the partner's event: a partner's webhooks and people must never hear it was matched.
    await recordChange(tx, ctx, {
      action: 'sanctions_hit.recorded',
      entityType: 'sanctions_hit',
      entityId: hit.id,
      organisationId: null,
      after: hit,
    });
    recorded.push(hit);
  }
  return recorded;
}

/** Screening one partner on demand; answers with every hit on it, new and earlier. */
export async function screenPartner({
  ctx,
  organisationId,
  now,
}: {
  ctx: Ctx;
  organisationId: string;
  now: Date;
}) {
  const actor = assertActorCan(ctx, 'compliance:manage');
  return withTransaction(ctx, async (tx) => {
    const [partner] = await tx
      .select()
      .from(organisations)
      .where(
        and(
          eq(organisations.workspaceId, actor.workspaceId),
          eq(organisations.id, organisationId),
          eq(organisations.kind, 'partner'),
        ),
      );
    if (!partner) throw notFound('partner');
    await screenOrganisation(tx, ctx, partner, now);
    const hits = await tx
      .select()
      .from(sanctionsHits)
      .where(
        and(eq(sanctionsHits.workspaceId, actor.workspaceId), eq(sanctionsHits.organisationId, partner.id)),
      )
      .orderBy(sanctionsHits.id);
    return {
      organisationId: partner.id,
      screenedNames: [...new Set([partner.name, partner.legalName].filter((name): name is string => !!name))],
      hits: hits.map((row) => presentHit(row, partner.name)).reverse(),
    };
  });
}
