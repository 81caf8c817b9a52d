import { sql } from 'drizzle-orm';
import { textArray } from '../../platform/db/arrays.ts';
import type { Transaction } from '../../platform/db/connection.ts';
import { invalid } from '../../platform/errors.ts';
import { normaliseCompanyName, registrableDomainOf } from './company-identity.ts';
import {
  type ClaimedCustomer,
  type ConflictCandidate,
  type ConflictMatch,
  matchAll,
} from './conflict-rules.ts';

/** How many nearest names per source the check scores besides exact domain and name hits. */
const NEAREST_NAMES = 8;

export type CustomerClaimInput = {
  customerName: string;
  customerWebsite?: string | undefined;
  contactEmail?: string | undefined;
  country: string;
};

/**
 * Normalises what the partner typed into the claim the conflict check compares. The website wins
 * over the contact's e-mail; a website that has no registrable domain is refused, naming the field.
 */
export function claimOf(input: CustomerClaimInput, organisationId: string): ClaimedCustomer {
  const normalisedName = normaliseCompanyName(input.customerName);
  if (normalisedName === '') throw invalid('body.customerName', 'must contain letters or digits');
  let domain: string | null = null;
  if (input.customerWebsite) {
    domain = registrableDomainOf(input.customerWebsite);
    if (!domain) throw invalid('body.customerWebsite', 'must be a web address such as "acme.com"');
  } else if (input.contactEmail) {
    domain = registrableDomainOf(input.contactEmail);
  }
  return { normalisedName, domain, country: input.country, organisationId };
}

type CandidateRow = {
  source: ConflictCandidate['source'];
  id: string;
  organisation_id: string | null;
  normalised_name: string;
  domains: string[];
  country: string | null;
  name_similarity: number;
  registered_at: Date | string | null;
  open_opportunities: number;
  registered_micros: string | null;
};

/**
 * Checks a claim against every partner's active registrations, the vendor's accounts and open
 * opportunities, and the direct-only accounts of the actor's workspace, strongest match first.
 * Runs in the caller's transaction, whoever the actor is: the candidates come from a function that
 * sees past row-level security, and what leaves here for a partner is only the match and its reason.
 */
export async function findDealConflicts(
  tx: Transaction,
  claim: ClaimedCustomer,
  { excludeRegistrationId = null }: { excludeRegistrationId?: string | null } = {},
): Promise<ConflictMatch[]> {
  const [matches] = await findConflictsOfClaims(tx, [claim], { excludeRegistrationId });
  return matches ?? [];
}

/** The same check for many claims in one query, in their order: what a batch of registrations asks. */
export async function findConflictsOfClaims(
  tx: Transaction,
  claims: readonly ClaimedCustomer[],
  { excludeRegistrationId = null }: { excludeRegistrationId?: string | null } = {},
): Promise<ConflictMatch[][]> {
  if (claims.length === 0) return [];
  const names = textArray(claims.map((claim) => claim.normalisedName));
  const domains = textArray(claims.map((claim) => claim.domain));
  const result = await tx.execute<CandidateRow & { ordinal: number }>(
    sql`SELECT c.ordinal, f.*, (extract(epoch FROM f.registered_at) * 1000000)::bigint AS registered_micros
        FROM unnest(${names}::text[], ${domains}::text[]) WITH ORDINALITY AS c(name, domain, ordinal)
        CROSS JOIN LATERAL trellis_deal_conflict_candidates(c.name, c.domain, ${excludeRegistrationId}, ${NEAREST_NAMES}) AS f`,
  );
  const candidates: ConflictCandidate[][] = claims.map(() => []);
  for (const row of result.rows) {
    candidates[Number(row.ordinal) - 1]?.push({
      source: row.source,
      id: row.id,
      organisationId: row.organisation_id,
      normalisedName: row.normalised_name,
      domains: row.domains,
      country: row.country,
      nameSimilarity: Number(row.name_similarity),
      registeredAt: row.registered_at === null ? null : new Date(row.registered_at),
      registeredMicros: row.registered_micros === null ? null : Number(row.registered_micros),
      openOpportunities: row.open_opportunities,
    });
  }
  return claims.map((claim, index) => matchAll(claim, candidates[index] ?? []));
}
