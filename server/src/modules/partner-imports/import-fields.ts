/**
 * The partner profile fields a file's columns can fill, and the header names each is recognised
 * by. Headers are compared without case, spaces or punctuation: "Contact e-mail" → "contactemail".
 */
export const IMPORT_FIELDS = [
  'name',
  'legalName',
  'websiteDomain',
  'country',
  'region',
  'partnerTypes',
  'tier',
  'industries',
  'certifications',
  'capacity',
  'street',
  'city',
  'postalCode',
  'stateProvince',
  'contactName',
  'contactEmail',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Fields a merge can copy onto an existing partner (the contact is added, never merged). */
export const MERGEABLE_FIELDS = IMPORT_FIELDS.filter(
  (field) => field !== 'contactName' && field !== 'contactEmail',
) as Exclude<ImportField, 'contactName' | 'contactEmail'>[];
export type MergeableField = (typeof MERGEABLE_FIELDS)[number];

const HEADER_ALIASES: Record<ImportField, readonly string[]> = {
  name: [
    'name',
    'company',
    'companyname',
    'partner',
    'partnername',
    'organisation',
    'organization',
    'account',
    'accountname',
  ],
  legalName: ['legalname', 'legalentity', 'registeredname', 'legalcompanyname'],
  websiteDomain: ['websitedomain', 'website', 'domain', 'web', 'url', 'homepage', 'webdomain'],
  country: ['country', 'countrycode'],
  region: ['region', 'salesregion', 'territory'],
  partnerTypes: ['partnertypes', 'partnertype', 'type', 'types'],
  tier: ['tier', 'partnertier', 'level', 'partnerlevel'],
  industries: ['industries', 'industry', 'vertical', 'verticals'],
  certifications: ['certifications', 'certification', 'certificates'],
  capacity: ['capacity', 'headcount', 'sellers'],
  street: ['street', 'address', 'streetaddress', 'addressline1'],
  city: ['city', 'town'],
  postalCode: ['postalcode', 'postcode', 'zip', 'zipcode'],
  stateProvince: ['stateprovince', 'state', 'province', 'county'],
  contactName: ['contactname', 'contact', 'primarycontact', 'primarycontactname'],
  contactEmail: ['contactemail', 'email', 'emailaddress', 'contactemailaddress', 'primarycontactemail'],
};

const headerKey = (header: string) => header.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** The mapping proposed for a header row: each field to the first column that names it. */
export function suggestMapping(columns: readonly string[]): Record<string, ImportField> {
  const mapping: Record<string, ImportField> = {};
  const taken = new Set<ImportField>();
  for (const column of columns) {
    const key = headerKey(column);
    const field = IMPORT_FIELDS.find(
      (candidate) => !taken.has(candidate) && HEADER_ALIASES[candidate].includes(key),
    );
    if (field) {
      mapping[column] = field;
      taken.add(field);
    }
  }
  return mapping;
}

/**
 * A web address as people type it ("https://www.Example.com/about") reduced to the domain that
 * identifies the company ("example.com"), so the same company matches however it was written.
 */
export function normaliseDomain(value: string): string {
  return value
    .trim()
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/^[^@/]*@/, '')
    .replace(/[/?#].*$/, '')
    .replace(/:\d+$/, '')
    .replace(/\.$/, '')
    .replace(/^www\d*\./, '');
}

const PARTNER_TYPE_ALIASES: Record<string, string> = {
  var: 'reseller',
  value_added_reseller: 'reseller',
  si: 'system_integrator',
  integrator: 'system_integrator',
  managed_service_provider: 'msp',
  independent_software_vendor: 'isv',
  advocate: 'influencer',
};

const listOf = (cell: string) =>
  cell
    .split(/[;|,]/)
    .map((item) => item.trim())
    .filter(Boolean);

/**
 * One row's cells, by mapping, as the input the organisation rules check: lists split on ";",
 * "," or "|", codes in the case the rules expect, empty cells left out.
 */
export function rowInput(
  cells: readonly string[],
  columnIndexes: readonly (readonly [number, ImportField])[],
): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const [index, field] of columnIndexes) {
    const cell = (cells[index] ?? '').trim();
    if (cell === '') continue;
    input[field] = convertCell(field, cell);
  }
  return input;
}

function convertCell(field: ImportField, cell: string): unknown {
  switch (field) {
    case 'websiteDomain':
      return normaliseDomain(cell);
    case 'country':
      return cell.toUpperCase();
    case 'region':
      return cell.toLowerCase().replace(/[\s_]+/g, '-');
    case 'tier':
      return cell.toLowerCase();
    case 'partnerTypes':
      return listOf(cell).map((type) => {
        const key = type.toLowerCase().replace(/[\s-]+/g, '_');
        return PARTNER_TYPE_ALIASES[key] ?? key;
      });
    case 'industries':
    case 'certifications':
      return listOf(cell);
    case 'capacity': {
      const digits = cell.replace(/[\s,']/g, '');
      return /^-?\d+$/.test(digits) ? Number(digits) : cell;
    }
    case 'name':
    case 'legalName':
    case 'street':
    case 'city':
    case 'postalCode':
    case 'stateProvince':
    case 'contactName':
    case 'contactEmail':
      return cell;
  }
}
