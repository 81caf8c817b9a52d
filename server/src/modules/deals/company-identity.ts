import { parse } from 'tldts';

/**
 * Legal forms dropped from the end of a company name, so "Globex GmbH", "Globex Ltd." and
 * "GLOBEX" compare equal. Written after dotted abbreviations are closed up ("S.p.A." → "spa").
 */
const LEGAL_FORMS = new Set([
  'inc',
  'incorporated',
  'corp',
  'corporation',
  'co',
  'company',
  'ltd',
  'limited',
  'llc',
  'llp',
  'lp',
  'plc',
  'gmbh',
  'mbh',
  'ag',
  'kg',
  'kgaa',
  'ohg',
  'ug',
  'se',
  'sa',
  'sas',
  'sarl',
  'srl',
  'spa',
  'sl',
  'bv',
  'nv',
  'ab',
  'as',
  'asa',
  'oy',
  'oyj',
  'aps',
  'pty',
  'pte',
  'kk',
  'bhd',
  'sdn',
  'holding',
  'holdings',
  'group',
  'and',
]);

/**
 * A company name reduced to what identifies the company: accents folded, `&` read as "and",
 * punctuation and case gone, legal forms ("GmbH & Co. KG", "Pty Ltd") and a leading "The" dropped.
 * A name that is nothing but those words keeps them, so "The Company" is not the empty string.
 */
export function normaliseCompanyName(name: string): string {
  const folded = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replaceAll('ß', 'ss')
    .toLowerCase()
    .replace(/(?<=(?:^|[^\p{L}\p{N}])\p{L})\.(?=\p{L}(?:\.|[^\p{L}\p{N}]|$))/gu, '')
    .replaceAll('&', ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  const words = folded.split(' ').filter(Boolean);
  const kept = [...words];
  while (kept.length > 1 && LEGAL_FORMS.has(kept.at(-1) ?? '')) kept.pop();
  if (kept.length > 1 && kept[0] === 'the') kept.shift();
  return kept.join(' ') || words.join(' ');
}

/**
 * Mailbox providers anyone can sign up to: a contact's e-mail there says nothing about which
 * company they work for, so it gives no customer domain.
 */
const FREE_MAIL = new Set([
  'gmail',
  'googlemail',
  'yahoo',
  'ymail',
  'hotmail',
  'outlook',
  'live',
  'msn',
  'aol',
  'icloud',
  'me',
  'mac',
  'gmx',
  'web',
  'proton',
  'protonmail',
  'mail',
  'yandex',
  'qq',
  '163',
  '126',
  'zoho',
  'fastmail',
  'tutanota',
  'orange',
  'free',
  'laposte',
  't-online',
  'libero',
  'naver',
]);

/**
 * The registrable domain ("acme.co.uk") of a web address, a bare host name or an e-mail address,
 * or null when there is none (an IP address, an unknown suffix, a free mailbox).
 */
export function registrableDomainOf(input: string | null | undefined): string | null {
  if (!input) return null;
  const trimmed = input.trim().toLowerCase();
  const host =
    trimmed.includes('@') && !trimmed.includes('/') ? trimmed.slice(trimmed.lastIndexOf('@') + 1) : trimmed;
  const parsed = parse(host, { allowPrivateDomains: false });
  if (!parsed.domain || parsed.isIp || !parsed.isIcann) return null;
  if (trimmed.includes('@') && FREE_MAIL.has(parsed.domainWithoutSuffix ?? '')) return null;
  return parsed.domain;
}

/**
 * How alike two normalised names are by their words, 0–1: the share of the shorter name's words
 * found in the longer one, so "acme" and "acme cloud services" score as related but not equal.
 * Trigram similarity catches typos; this catches extra or reordered words.
 */
export function wordOverlap(left: string, right: string): number {
  const leftWords = new Set(left.split(' ').filter(Boolean));
  const rightWords = new Set(right.split(' ').filter(Boolean));
  if (leftWords.size === 0 || rightWords.size === 0) return 0;
  let shared = 0;
  for (const word of leftWords) if (rightWords.has(word)) shared += 1;
  const [smaller, larger] =
    leftWords.size <= rightWords.size ? [leftWords.size, rightWords.size] : [rightWords.size, leftWords.size];
  // A one-word name inside a longer one ("acme" in "acme cloud") is weaker evidence than two
  // names sharing most of their words: weigh by both sizes.
  return (shared / smaller) * 0.7 + (shared / larger) * 0.3;
}
