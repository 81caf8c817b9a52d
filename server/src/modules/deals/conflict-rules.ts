import { isSameNameByWords, wordOverlap } from './company-identity.ts';
import type { ConflictKind, ConflictOutcome } from './tables.ts';

/** What is being registered, already normalised. */
export type ClaimedCustomer = {
  normalisedName: string;
  domain: string | null;
  country: string;
  organisationId: string;
};

/** Something the vendor already knows that might be the same customer. */
export type ConflictCandidate = {
  source: 'registration' | 'account' | 'direct_only_account';
  id: string;
  organisationId: string | null;
  normalisedName: string;
  domains: string[];
  country: string | null;
  /** pg_trgm similarity of the normalised names. */
  nameSimilarity: number;
  registeredAt: Date | null;
  /** The registration time to the microsecond, which first-in compares (Date keeps milliseconds). */
  registeredMicros: number | null;
  openOpportunities: number;
};

export type ConflictSignal = 'domain' | 'name' | 'similar_name' | 'country' | 'different_country';

export type ConflictMatch = {
  kind: ConflictKind;
  candidate: ConflictCandidate;
  score: number;
  signals: ConflictSignal[];
  isBlocking: boolean;
  /** Written for the registering partner: never names another partner or its deal. */
  reason: string;
};

/** Names this alike by trigrams (0–1) are the same company when nothing else contradicts it. */
export const SAME_NAME_THRESHOLD = 0.8;
/** What names equal word for word (typos, order, filler aside) score, below an exact match. */
const SAME_WORDS_SCORE = 0.9;
/** Names this alike are worth a human look. */
export const SIMILAR_NAME_THRESHOLD = 0.55;

/**
 * Scores one candidate against the claim, or null when it is not a match. A shared registrable
 * domain is proof; the same name is proof unless the countries differ; a similar name only asks for
 * a human look unless it is very close and in the same country.
 */
export function matchCandidate(claim: ClaimedCustomer, candidate: ConflictCandidate): ConflictMatch | null {
  const signals: ConflictSignal[] = [];
  const isSameDomain = claim.domain !== null && candidate.domains.includes(claim.domain);
  const isExactName = claim.normalisedName === candidate.normalisedName;
  const isSameName =
    isExactName ||
    candidate.nameSimilarity >= SAME_NAME_THRESHOLD ||
    isSameNameByWords(claim.normalisedName, candidate.normalisedName);
  const nameScore = isExactName
    ? 1
    : Math.max(
        candidate.nameSimilarity,
        wordOverlap(claim.normalisedName, candidate.normalisedName),
        isSameName ? SAME_WORDS_SCORE : 0,
      );
  const countryKnown = candidate.country !== null;
  const isSameCountry = countryKnown && candidate.country === claim.country;
  const isOtherCountry = countryKnown && candidate.country !== claim.country;
  // Two different domains on both sides say "different companies" louder than a similar name,
  // unless they are the same name under another suffix ("pfizer.com" and "pfizer.co.uk").
  const hasOtherDomain =
    claim.domain !== null &&
    candidate.domains.length > 0 &&
    !isSameDomain &&
    !candidate.domains.some((domain) => isSameDomainName(domain, claim.domain ?? ''));

  if (isSameDomain) signals.push('domain');
  if (isExactName) signals.push('name');
  else if (nameScore >= SIMILAR_NAME_THRESHOLD) signals.push('similar_name');
  if (!isSameDomain && signals.length === 0) return null;
  if (isSameCountry) signals.push('country');
  if (isOtherCountry) signals.push('different_country');

  let score: number;
  let isBlocking: boolean;
  if (isSameDomain) {
    score = 1;
    isBlocking = true;
  } else if (isExactName) {
    score = isOtherCountry ? 0.7 : hasOtherDomain ? 0.75 : 0.95;
    isBlocking = !isOtherCountry && !hasOtherDomain;
  } else {
    score = nameScore * (isOtherCountry ? 0.7 : 1) * (hasOtherDomain ? 0.85 : 1);
    isBlocking = isSameName && !isOtherCountry && !hasOtherDomain;
    if (score < SIMILAR_NAME_THRESHOLD * 0.8) return null;
  }
  const kind: ConflictKind =
    candidate.source === 'registration'
      ? 'registration'
      : candidate.source === 'direct_only_account'
        ? 'direct_only_account'
        : candidate.openOpportunities > 0
          ? 'open_opportunity'
          : 'account';
  const rounded = Math.round(score * 100) / 100;
  return {
    kind,
    candidate,
    score: rounded,
    signals,
    isBlocking,
    reason: explainMatch(kind, signals, candidate.organisationId === claim.organisationId),
  };
}

/** "acme.com" and "acme.co.uk", or "nimbus-data.com" and "nimbusdata.com": one name, two suffixes. */
function isSameDomainName(left: string, right: string): boolean {
  const nameOf = (domain: string) => (domain.split('.')[0] ?? '').replaceAll('-', '');
  return nameOf(left) !== '' && nameOf(left) === nameOf(right);
}

function evidenceOf(signals: ConflictSignal[]): string {
  const parts: string[] = [];
  if (signals.includes('domain')) parts.push('the same web domain');
  if (signals.includes('name')) parts.push('the same company name');
  if (signals.includes('similar_name')) parts.push('a similar company name');
  const evidence = parts.join(' and ');
  if (signals.includes('country')) return `${evidence}, in the same country`;
  if (signals.includes('different_country')) return `${evidence}, but in another country`;
  return evidence;
}

/** The sentence the partner reads. It says what kind of claim exists and why, never whose. */
export function explainMatch(kind: ConflictKind, signals: ConflictSignal[], isOwn: boolean): string {
  const evidence = evidenceOf(signals);
  switch (kind) {
    case 'registration':
      return isOwn
        ? `Your organisation already has an active registration with ${evidence}.`
        : `Another partner already has an active registration with ${evidence}.`;
    case 'open_opportunity':
      return `The vendor's sales team is already working an open opportunity with a customer with ${evidence}.`;
    case 'account':
      return `The vendor already has a customer account with ${evidence}.`;
    case 'direct_only_account':
      return `A customer with ${evidence} is reserved for the vendor's direct sales team under the rules of engagement.`;
  }
}

/** Every match, strongest first; direct-only and registrations before accounts at equal score. */
export function matchAll(claim: ClaimedCustomer, candidates: ConflictCandidate[]): ConflictMatch[] {
  const order: Record<ConflictKind, number> = {
    direct_only_account: 0,
    registration: 1,
    open_opportunity: 2,
    account: 3,
  };
  return candidates
    .map((candidate) => matchCandidate(claim, candidate))
    .filter((match): match is ConflictMatch => match !== null)
    .sort((a, b) => b.score - a.score || order[a.kind] - order[b.kind]);
}

export function outcomeOf(matches: ConflictMatch[]): ConflictOutcome {
  if (matches.some((match) => match.isBlocking)) return 'conflict';
  return matches.length > 0 ? 'possible_conflict' : 'clear';
}

/**
 * The earlier active registration this claim collides with, if any: the earliest registered of the
 * blocking registration matches. Without one, the claim is first-in.
 */
export function firstInOf(matches: ConflictMatch[]): ConflictCandidate | null {
  let earliest: ConflictCandidate | null = null;
  for (const match of matches) {
    if (match.kind !== 'registration' || !match.isBlocking || match.candidate.registeredMicros === null)
      continue;
    if (
      !earliest ||
      match.candidate.registeredMicros < (earliest.registeredMicros ?? Number.POSITIVE_INFINITY)
    ) {
      earliest = match.candidate;
    }
  }
  return earliest;
}

/** Whether the claim falls on an account the rules of engagement keep for direct sales. */
export function isReservedForDirectSales(matches: ConflictMatch[]): boolean {
  return matches.some((match) => match.kind === 'direct_only_account' && match.isBlocking);
}
