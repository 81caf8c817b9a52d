import { and, desc, eq, ne, or, sql } from 'drizzle-orm';
import type { Transaction } from '../../platform/db/connection.ts';
import { organisations } from '../organisations/tables.ts';

/** Names at least this similar (pg_trgm, 0–1) are worth a second look. */
const NAME_SIMILARITY = 0.5;

const bareDomain = (domain: unknown) => sql`regexp_replace(lower(${domain}), '^www\\.', '')`;

/**
 * Partners already in the directory that may be the applicant: the same web domain (ignoring
 * "www.") or a very similar name. A warning for the reviewer, never a block.
 */
export async function findSimilarPartners(
  tx: Transaction,
  {
    workspaceId,
    companyName,
    websiteDomain,
    exceptOrganisationId,
  }: { workspaceId: string; companyName: string; websiteDomain: string; exceptOrganisationId: string | null },
) {
  const isSameDomain = sql<boolean>`coalesce(${bareDomain(organisations.websiteDomain)} = ${bareDomain(websiteDomain)}, false)`;
  const nameSimilarity = sql<number>`similarity(${organisations.name}, ${companyName})`;
  const rows = await tx
    .select({
      id: organisations.id,
      name: organisations.name,
      websiteDomain: organisations.websiteDomain,
      isSameDomain,
      nameSimilarity,
    })
    .from(organisations)
    .where(
      and(
        eq(organisations.workspaceId, workspaceId),
        eq(organisations.kind, 'partner'),
        exceptOrganisationId ? ne(organisations.id, exceptOrganisationId) : undefined,
        or(isSameDomain, sql`${nameSimilarity} >= ${NAME_SIMILARITY}`),
      ),
    )
    .orderBy(desc(isSameDomain), desc(nameSimilarity))
    .limit(5);
  return rows.map((row) => ({ ...row, nameSimilarity: Math.round(Number(row.nameSimilarity) * 100) / 100 }));
}
