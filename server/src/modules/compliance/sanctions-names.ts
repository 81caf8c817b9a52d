/**
 * Legal forms say nothing about who a company is: "Acme Trading L.L.C." and "ACME TRADING LLC"
 * are the same name once case, accents, punctuation and these words are set aside.
 */
const LEGAL_FORMS = new Set([
  'llc',
  'ltd',
  'limited',
  'inc',
  'incorporated',
  'corp',
  'corporation',
  'co',
  'company',
  'gmbh',
  'ag',
  'sa',
  'sarl',
  'sas',
  'srl',
  'spa',
  'bv',
  'nv',
  'plc',
  'lp',
  'llp',
  'kk',
  'oy',
  'ab',
  'as',
  'pte',
  'pty',
]);

export function normaliseName(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    // Dotted abbreviations (L.L.C., S.A.) become one word before other punctuation splits words.
    .replace(/\b((?:\p{L}\.){2,})/gu, (abbreviation) => abbreviation.replaceAll('.', ''))
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  const meaningful = words.filter((word) => !LEGAL_FORMS.has(word));
  return (meaningful.length > 0 ? meaningful : words).join(' ');
}

/** The same listed party across uploads: its source, reference and normalised name. */
export function entryKeyOf(entry: { source: string | null; reference: string | null; name: string }): string {
  return [entry.source ?? '', entry.reference ?? '', normaliseName(entry.name)].join('|');
}
