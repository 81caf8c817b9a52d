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
  'groep',
  'gruppe',
  'and',
  'kabushiki',
  'kaisha',
  'aktiebolag',
  'aktiengesellschaft',
  'gesellschaft',
  'ltda',
  'lda',
  'cv',
  'pvt',
  'private',
  'cooperative',
  'coop',
  'sro',
]);

/** Legal forms of several words, read as a whole at the end of a name ("Sp. z o.o.", "S. de R.L."). */
const LEGAL_PHRASES = [
  ['sp', 'z', 'oo'],
  ['sa', 'de', 'cv'],
  ['s', 'de', 'rl'],
  ['s', 'de', 'rl', 'de', 'cv'],
  ['sapi', 'de', 'cv'],
  ['co', 'operative'],
  ['a', 's'],
];

/**
 * Japanese legal forms written as part of the name, before or after it and without a space
 * ("株式会社ミドリ電機", "ミドリ電機株式会社"); NFKD has already turned "㈱" into "(株)".
 */
const CJK_LEGAL_FORMS = /株式会社|有限会社|合同会社|合資会社|合名会社|\(株\)|\(有\)/gu;

/** Letters NFKD does not take apart, written the way people type them without the key. */
const UNDECOMPOSED: Record<string, string> = {
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

/** Abbreviations people write either way; both sides are read spelled out. */
const ABBREVIATIONS: Record<string, string> = {
  intl: 'international',
  natl: 'national',
  mfg: 'manufacturing',
  bros: 'brothers',
  univ: 'university',
  st: 'saint',
  ste: 'sainte',
  svcs: 'services',
  svc: 'service',
  assoc: 'associates',
  dept: 'department',
  mgmt: 'management',
  hosp: 'hospital',
  ctr: 'center',
  centre: 'center',
  labs: 'laboratories',
  lab: 'laboratory',
  und: 'and',
  et: 'and',
};

/**
 * A company name reduced to what identifies the company: accents folded, `&` read as "and",
 * punctuation and case gone, legal forms ("GmbH & Co. KG", "Pty Ltd") and a leading "The" dropped.
 * A name that is nothing but those words keeps them, so "The Company" is not the empty string.
 */
export function normaliseCompanyName(name: string): string {
  const folded = name
    .normalize('NFKD')
    .replace(CJK_LEGAL_FORMS, ' ')
    .replace(/\p{M}+/gu, '')
    .replaceAll('ß', 'ss')
    .toLowerCase()
    .replace(/[øæœłđðþı]/gu, (letter) => UNDECOMPOSED[letter] ?? letter)
    .replace(/(?<=(?:^|[^\p{L}\p{N}])\p{L})\.(?=\p{L}(?:\.|[^\p{L}\p{N}]|$))/gu, '')
    .replaceAll('&', ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  const words = folded
    .split(' ')
    .filter(Boolean)
    .map((word) => ABBREVIATIONS[word] ?? word);
  const kept = [...words];
  for (let trimmed = true; trimmed && kept.length > 1; ) {
    trimmed = false;
    if (LEGAL_FORMS.has(kept.at(-1) ?? '')) {
      kept.pop();
      trimmed = true;
      continue;
    }
    const phrase = LEGAL_PHRASES.find(
      (words) =>
        words.length < kept.length &&
        words.every((word, at) => kept[kept.length - words.length + at] === word),
    );
    if (phrase) {
      kept.splice(kept.length - phrase.length);
      trimmed = true;
    }
  }
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

/** Words that say nothing about which company it is when comparing names word by word. */
const FILLER_WORDS = new Set([
  'and',
  'of',
  'the',
  'e',
  'y',
  'de',
  'der',
  'die',
  'la',
  'le',
  'les',
  'del',
  'du',
  'van',
  'von',
]);

/**
 * Words naming where a company's local arm sits: "Globex Deutschland" is Globex. Ignored when
 * comparing names word by word, never stripped from the name itself.
 */
const REGION_WORDS = new Set([
  'europe',
  'emea',
  'apac',
  'asia',
  'americas',
  'nordic',
  'nordics',
  'uk',
  'usa',
  'deutschland',
  'germany',
  'france',
  'espana',
  'spain',
  'italia',
  'italy',
  'nederland',
  'benelux',
  'schweiz',
  'suisse',
  'osterreich',
  'austria',
  'polska',
  'japan',
  'india',
  'brasil',
  'brazil',
  'mexico',
  'canada',
  'australia',
]);

function identifyingWords(normalisedName: string): string[] {
  const words = normalisedName.split(' ').filter(Boolean);
  const identifying = words.filter((word) => !FILLER_WORDS.has(word) && !REGION_WORDS.has(word));
  return identifying.length > 0 ? identifying : words;
}

/**
 * Whether two words are the same word give or take a typo: one edit (a letter added, dropped,
 * changed, or two swapped) in words of five letters or more, two in words of nine or more. Short
 * words must match exactly: "bank" and "bahn" are different words.
 */
export function isSameWord(left: string, right: string): boolean {
  if (left === right) return true;
  const shorter = Math.min(left.length, right.length);
  if (shorter < 5 || /\d/u.test(left) || /\d/u.test(right)) return false;
  const allowed = shorter >= 9 ? 2 : 1;
  if (Math.abs(left.length - right.length) > allowed) return false;
  return editDistance(left, right, allowed) <= allowed;
}

/** Optimal-string-alignment distance, giving up (returning limit + 1) once it exceeds the limit. */
function editDistance(left: string, right: string, limit: number): number {
  const rows = left.length + 1;
  const columns = right.length + 1;
  const table: number[][] = Array.from({ length: rows }, (_, row) =>
    Array.from({ length: columns }, (_, column) => (row === 0 ? column : column === 0 ? row : 0)),
  );
  for (let row = 1; row < rows; row += 1) {
    let best = Number.POSITIVE_INFINITY;
    for (let column = 1; column < columns; column += 1) {
      const cost = left[row - 1] === right[column - 1] ? 0 : 1;
      let value = Math.min(
        (table[row - 1]?.[column] ?? 0) + 1,
        (table[row]?.[column - 1] ?? 0) + 1,
        (table[row - 1]?.[column - 1] ?? 0) + cost,
      );
      if (
        row > 1 &&
        column > 1 &&
        left[row - 1] === right[column - 2] &&
        left[row - 2] === right[column - 1]
      ) {
        value = Math.min(value, (table[row - 2]?.[column - 2] ?? 0) + 1);
      }
      (table[row] as number[])[column] = value;
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
  }
  return table[rows - 1]?.[columns - 1] ?? limit + 1;
}

/**
 * Whether two normalised names name the same company word for word: the same words give or take
 * typos, in any order, leaving out filler ("of", "and") and the country a local arm is named after;
 * or the same letters with the spaces in other places ("Oak Ridge" and "Oakridge"). One name
 * being part of the other ("Amazon" and "Amazon Flooring") is not this: it asks for a human look.
 */
export function isSameNameByWords(left: string, right: string): boolean {
  if (left === right) return true;
  if (left.replaceAll(' ', '') === right.replaceAll(' ', '')) return true;
  const leftWords = identifyingWords(left);
  const rightWords = identifyingWords(right);
  if (leftWords.length !== rightWords.length) return false;
  const unmatched = [...rightWords];
  for (const word of leftWords) {
    const at = unmatched.findIndex((other) => isSameWord(word, other));
    if (at < 0) return false;
    unmatched.splice(at, 1);
  }
  return true;
}

/**
 * How alike two normalised names are by their words, 0–1: the share of the shorter name's words
 * found in the longer one, so "acme" and "acme cloud services" score as related but not equal.
 * Trigram similarity catches typos; this catches extra or reordered words.
 */
export function wordOverlap(left: string, right: string): number {
  const leftWords = new Set(identifyingWords(left));
  const rightWords = new Set(identifyingWords(right));
  if (leftWords.size === 0 || rightWords.size === 0) return 0;
  let shared = 0;
  for (const word of leftWords) if ([...rightWords].some((other) => isSameWord(word, other))) shared += 1;
  const [smaller, larger] =
    leftWords.size <= rightWords.size ? [leftWords.size, rightWords.size] : [rightWords.size, leftWords.size];
  // A one-word name inside a longer one ("acme" in "acme cloud") is weaker evidence than two
  // names sharing most of their words: weigh by both sizes.
  return (shared / smaller) * 0.7 + (shared / larger) * 0.3;
}
