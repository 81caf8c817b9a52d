import { and, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import type { Transaction } from '../../platform/db/connection.ts';
import { presentOrganisation } from '../organisations/schemas.ts';
import { organisations } from '../organisations/tables.ts';
import { normaliseDomain } from './import-fields.ts';
import type { duplicateCandidatesQuery } from './schemas.ts';

/**
 * How alike two normalised names must be (pg_trgm similarity, 0–1) to be proposed as the same
 * company: "northwind systems" ~ "northwind system" (0.8) is; "north star" ~ "northwind" is not.
 */
export const SIMILAR_NAME_THRESHOLD = 0.6;

export type MatchReason = 'same_domain' | 'same_name' | 'similar_name';
export type Match = { candidateId: string; reason: MatchReason; score: number };

/*
 * Names and domains are compared normalised: `organisations.normalised_name` and
 * `normalised_domain` are generated columns (see the partner_import migration), computed by the
 * one SQL function `trellis_normalise_company_name`, so new partners match however they arrive.
 * Similar names are the trigram GiST index's nearest neighbours (`<->`), kept when their
 * similarity reaches the threshold.
 */

/** The partners one new company could be: same domain, same name, or a similar name, best first. */
export async function findDuplicateCandidates(
  tx: Transaction,
  { workspaceId, name, domain }: { workspaceId: string; name: string; domain?: string | null | undefined },
): Promise<Match[]> {
  const normalisedDomain = domain ? normaliseDomain(domain) : null;
  // The normalised name is a constant of the query (an immutable function of a parameter), so
  // the planner can walk the GiST index in distance order instead of sorting every partner.
  const normalisedName = sql`trellis_normalise_company_name(${name})`;
  const result = await tx.execute<{ id: string; reason: MatchReason; score: number }>(sql`
    SELECT id, reason, score FROM (
      (SELECT o.id, 'same_domain' AS reason, 1::real AS score, 1 AS rank FROM organisations o
        WHERE o.workspace_id = ${workspaceId} AND o.kind = 'partner'
          AND o.normalised_domain = ${normalisedDomain} LIMIT 10)
      UNION ALL
      (SELECT o.id, 'same_name', 1::real, 2 FROM organisations o
        WHERE o.workspace_id = ${workspaceId} AND o.kind = 'partner' AND o.normalised_name = ${normalisedName} LIMIT 10)
      UNION ALL
      (SELECT o.id, 'similar_name', similarity(o.normalised_name, ${normalisedName}), 3 FROM organisations o
        WHERE o.workspace_id = ${workspaceId} AND o.kind = 'partner'
        ORDER BY o.normalised_name <-> ${normalisedName} LIMIT 10)
    ) candidates
    WHERE score >= ${SIMILAR_NAME_THRESHOLD}
    ORDER BY rank, score DESC`);
  const seen = new Set<string>();
  return result.rows
    .filter((row) => !seen.has(row.id) && seen.add(row.id))
    .slice(0, 5)
    .map((row) => ({ candidateId: row.id, reason: row.reason, score: Number(row.score) }));
}

export type BatchMatch = { normalisedName: string; match: Match | null };

/**
 * The best existing partner for each row of a batch: a domain match first, else the same
 * normalised name, else (unless `isExactOnly`) the most similar name. Exact matches are one
 * set-based query over the two indexes, whatever the planner thinks of the table's size (a
 * per-row subquery turns into a sequential scan per row while an import is still growing the
 * table); only rows without an exact match pay for a similarity search.
 */
export async function matchExistingPartners(
  tx: Transaction,
  workspaceId: string,
  rows: readonly { name: string; domain: string | null }[],
  { isExactOnly = false } = {},
): Promise<BatchMatch[]> {
  if (rows.length === 0) return [];
  // An import grows the directory faster than autovacuum re-analyses it; with statistics that
  // still say "a handful of partners" the planner would scan the whole table for every batch.
  // The exact lookups are always index-shaped, so for them the planner is told so.
  const names = await tx.execute<{ norm: string }>(sql`
    SELECT trellis_normalise_company_name(name) AS norm
    FROM jsonb_array_elements_text(${JSON.stringify(rows.map((row) => row.name))}::jsonb) WITH ORDINALITY AS x(name, ord)
    ORDER BY ord`);
  const normalised = names.rows.map((row) => row.norm);
  const domains = [...new Set(rows.flatMap((row) => (row.domain ? [row.domain] : [])))];
  await tx.execute(sql`SELECT set_config('enable_seqscan', 'off', true)`);
  const existing = await tx.execute<{
    id: string;
    normalised_name: string;
    normalised_domain: string | null;
  }>(sql`
    SELECT id, normalised_name, normalised_domain FROM organisations
    WHERE workspace_id = ${workspaceId} AND kind = 'partner'
      AND (normalised_domain = ANY (ARRAY(SELECT jsonb_array_elements_text(${JSON.stringify(domains)}::jsonb)))
        OR normalised_name = ANY (ARRAY(SELECT jsonb_array_elements_text(${JSON.stringify(normalised)}::jsonb))))
    ORDER BY id`);
  await tx.execute(sql`SELECT set_config('enable_seqscan', 'on', true)`);
  const byDomain = new Map<string, string>();
  const byName = new Map<string, string>();
  for (const row of existing.rows) {
    if (row.normalised_domain && !byDomain.has(row.normalised_domain))
      byDomain.set(row.normalised_domain, row.id);
    if (!byName.has(row.normalised_name)) byName.set(row.normalised_name, row.id);
  }
  const matches: BatchMatch[] = rows.map((row, index) => {
    const normalisedName = normalised[index]!;
    const sameDomain = row.domain ? byDomain.get(row.domain) : undefined;
    if (sameDomain)
      return { normalisedName, match: { candidateId: sameDomain, reason: 'same_domain', score: 1 } };
    const sameName = byName.get(normalisedName);
    if (sameName) return { normalisedName, match: { candidateId: sameName, reason: 'same_name', score: 1 } };
    return { normalisedName, match: null };
  });
  if (isExactOnly) return matches;
  const unmatched = matches.flatMap((entry, index) =>
    entry.match ? [] : [{ ord: index, name: entry.normalisedName }],
  );
  if (unmatched.length === 0) return matches;
  const similar = await tx.execute<{ ord: number; id: string; score: number }>(sql`
    SELECT r.ord, m.id, m.score
    FROM jsonb_to_recordset(${JSON.stringify(unmatched)}::jsonb) AS r(ord int, name text)
    CROSS JOIN LATERAL (
      SELECT o.id, similarity(o.normalised_name, r.name) AS score FROM organisations o
      WHERE o.workspace_id = ${workspaceId} AND o.kind = 'partner'
      ORDER BY o.normalised_name <-> r.name LIMIT 1
    ) m
    WHERE m.score >= ${SIMILAR_NAME_THRESHOLD}`);
  for (const row of similar.rows) {
    matches[row.ord]!.match = { candidateId: row.id, reason: 'similar_name', score: Number(row.score) };
  }
  return matches;
}

type Input = z.infer<typeof duplicateCandidatesQuery>;

/** The dedupe lookup for one new partner (an application, a form, a row), as the API answers it. */
export async function lookupDuplicateCandidates({ ctx, input }: { ctx: Ctx; input: Input }) {
  const actor = assertActorCan(ctx, 'organisations:manage');
  return withTransaction(ctx, async (tx) => {
    const matches = await findDuplicateCandidates(tx, {
      workspaceId: actor.workspaceId,
      name: input.name,
      domain: input.domain,
    });
    const rows = matches.length
      ? await tx
          .select()
          .from(organisations)
          .where(
            and(
              eq(organisations.workspaceId, actor.workspaceId),
              inArray(
                organisations.id,
                matches.map((match) => match.candidateId),
              ),
            ),
          )
      : [];
    const byId = new Map(rows.map((row) => [row.id, row]));
    return {
      data: matches.flatMap((match) => {
        const row = byId.get(match.candidateId);
        return row
          ? [{ organisation: presentOrganisation(row), reason: match.reason, score: match.score }]
          : [];
      }),
    };
  });
}
