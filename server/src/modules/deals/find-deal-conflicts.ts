import { sql } from 'drizzle-orm';
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
  const result = await tx.execute<CandidateRow>(
    sql`SELECT *, (extract(epoch FROM registered_at) * 1000000)::bigint AS registered_micros FROM trellis_deal_conflict_candidates(${claim.normalisedName}, ${claim.domain}, ${excludeRegistrationId}, ${NEAREST_NAMES})`,
  );
  const candidates: ConflictCandidate[] = result.rows.map((row) => ({
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
  }));
  return matchAll(claim, candidates);
}
