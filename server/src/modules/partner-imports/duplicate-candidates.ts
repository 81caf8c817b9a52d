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

/**
 * Names and domains are compared normalised: `organisations.normalised_name` and
 * `normalised_domain` are generated columns (see the partner_import migration), computed by the
 * one SQL function `trellis_normalise_company_name`, so new partners match however they arrive.
 */
async function useSimilarityThreshold(tx: Transaction) {
  await tx.execute(
    sql`SELECT set_config('pg_trgm.similarity_threshold', ${String(SIMILAR_NAME_THRESHOLD)}, true)`,
  );
}

/** The partners one new company could be: same domain, same name, or a similar name, best first. */
export async function findDuplicateCandidates(
  tx: Transaction,
  { workspaceId, name, domain }: { workspaceId: string; name: string; domain?: string | null | undefined },
): Promise<Match[]> {
  await useSimilarityThreshold(tx);
  const normalisedDomain = domain ? normaliseDomain(domain) : null;
  const result = await tx.execute<{ id: string; reason: MatchReason; score: number }>(sql`
    WITH input AS (SELECT trellis_normalise_company_name(${name}) AS name)
    SELECT id, reason, score FROM (
      (SELECT o.id, 'same_domain' AS reason, 1::real AS score, 1 AS rank FROM organisations o
        WHERE o.workspace_id = ${workspaceId} AND o.kind = 'partner'
          AND o.normalised_domain = ${normalisedDomain} LIMIT 10)
      UNION ALL
      (SELECT o.id, 'same_name', 1::real, 2 FROM organisations o, input
        WHERE o.workspace_id = ${workspaceId} AND o.kind = 'partner' AND o.normalised_name = input.name LIMIT 10)
      UNION ALL
      (SELECT o.id, 'similar_name', similarity(o.normalised_name, input.name), 3 FROM organisations o, input
        WHERE o.workspace_id = ${workspaceId} AND o.kind = 'partner' AND o.normalised_name % input.name
        ORDER BY 3 DESC LIMIT 10)
    ) candidates
    ORDER BY rank, score DESC`);
  const seen = new Set<string>();
  return result.rows
    .filter((row) => !seen.has(row.id) && seen.add(row.id))
    .slice(0, 5)
    .map((row) => ({ candidateId: row.id, reason: row.reason, score: Number(row.score) }));
}

export type BatchMatch = { normalisedName: string; match: Match | null };

/**
 * The best existing partner for each row of a batch, in one round trip: a domain match first,
 * else the same normalised name, else the most similar name. Each branch stops at its first row,
 * so rows with an exact match never pay for the similarity search. `isExactOnly` skips the
 * similarity search altogether (the last-moment check before creating).
 */
export async function matchExistingPartners(
  tx: Transaction,
  workspaceId: string,
  rows: readonly { name: string; domain: string | null }[],
  { isExactOnly = false } = {},
): Promise<BatchMatch[]> {
  if (rows.length === 0) return [];
  await useSimilarityThreshold(tx);
  const input = JSON.stringify(rows.map((row, ord) => ({ ord, name: row.name, domain: row.domain })));
  const result = await tx.execute<{
    ord: number;
    normalised_name: string;
    id: string | null;
    reason: MatchReason | null;
    score: number | null;
  }>(sql`
    SELECT r.ord, r.norm AS normalised_name, m.id, m.reason, m.score
    FROM (
      SELECT ord, trellis_normalise_company_name(name) AS norm, domain
      FROM jsonb_to_recordset(${input}::jsonb) AS x(ord int, name text, domain text)
    ) r
    LEFT JOIN LATERAL (
      (SELECT o.id, 'same_domain' AS reason, 1::real AS score FROM organisations o
        WHERE o.workspace_id = ${workspaceId} AND o.kind = 'partner' AND o.normalised_domain = r.domain
        ORDER BY o.id LIMIT 1)
      UNION ALL
      (SELECT o.id, 'same_name', 1::real FROM organisations o
        WHERE o.workspace_id = ${workspaceId} AND o.kind = 'partner' AND o.normalised_name = r.norm
        ORDER BY o.id LIMIT 1)
      UNION ALL
      (SELECT o.id, 'similar_name', similarity(o.normalised_name, r.norm) FROM organisations o
        WHERE NOT ${isExactOnly} AND o.workspace_id = ${workspaceId} AND o.kind = 'partner'
          AND o.normalised_name % r.norm
        ORDER BY 3 DESC LIMIT 1)
      LIMIT 1
    ) m ON true
    ORDER BY r.ord`);
  return result.rows.map((row) => ({
    normalisedName: row.normalised_name,
    match: row.id ? { candidateId: row.id, reason: row.reason!, score: Number(row.score) } : null,
  }));
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
