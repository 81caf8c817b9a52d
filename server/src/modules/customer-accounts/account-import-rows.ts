import { normaliseCompanyName, registrableDomainOf } from '../deals/index.ts';
import { MAX_DOMAINS } from './schemas.ts';

/** The columns an account file may have, with the header spellings CRMs export them under. */
export const IMPORT_COLUMNS = {
  name: ['name', 'account', 'account_name', 'company', 'company_name', 'customer', 'customer_name'],
  domains: ['domains', 'domain', 'website', 'websites', 'web', 'url'],
  country: ['country', 'country_code'],
  owner: ['owner', 'owner_name', 'account_owner'],
  direct_only: ['direct_only', 'is_direct_only', 'direct'],
  direct_only_reason: ['direct_only_reason', 'reason'],
  external_id: ['external_id', 'crm_id', 'account_id', 'id'],
  opportunity_name: ['opportunity_name', 'opportunity'],
  opportunity_stage: ['opportunity_stage', 'stage'],
  opportunity_amount: ['opportunity_amount', 'amount'],
  currency: ['currency', 'opportunity_currency'],
  close_date: ['close_date', 'opportunity_close_date'],
  opportunity_open: ['opportunity_open', 'is_open', 'open'],
  opportunity_external_id: ['opportunity_external_id', 'opportunity_id'],
} as const;

export type ImportColumn = keyof typeof IMPORT_COLUMNS;
export type ImportProblem = { row: number; column: string; message: string };

export type ImportedOpportunity = {
  name: string;
  stage: string;
  isOpen: boolean;
  amount: number | null;
  currency: string | null;
  closeDate: string | null;
  externalId: string | null;
};

export type ImportedAccount = {
  row: number;
  name: string;
  normalisedName: string;
  domains: string[];
  country: string | null;
  ownerName: string | null;
  isDirectOnly: boolean;
  directOnlyReason: string | null;
  externalId: string | null;
  opportunity: ImportedOpportunity | null;
};

const headerKey = (header: string) =>
  header
    .trim()
    .toLowerCase()
    .replace(/[\s\-.]+/g, '_');

/** Which column of the file holds which field; the first matching header wins. */
export function mapHeader(header: string[]): Map<ImportColumn, number> {
  const mapping = new Map<ImportColumn, number>();
  const keys = header.map(headerKey);
  for (const [column, aliases] of Object.entries(IMPORT_COLUMNS) as [ImportColumn, readonly string[]][]) {
    const index = keys.findIndex((key) => aliases.includes(key));
    if (index >= 0) mapping.set(column, index);
  }
  return mapping;
}

const YES = new Set(['yes', 'y', 'true', '1', 'x', 'ja', 'oui', 'si', 'sí']);
const NO = new Set(['', 'no', 'n', 'false', '0', 'nein', 'non']);

function yesNo(value: string): boolean | null {
  const key = value.trim().toLowerCase();
  if (YES.has(key)) return true;
  if (NO.has(key)) return false;
  return null;
}

/**
 * One row of the file checked the way the account form checks its fields, and reported by the
 * row number and column the person sees in their spreadsheet.
 */
export function parseAccountRow(
  rowNumber: number,
  cells: string[],
  mapping: Map<ImportColumn, number>,
): { account: ImportedAccount | null; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const cell = (column: ImportColumn) => {
    const index = mapping.get(column);
    return index === undefined ? '' : (cells[index] ?? '').trim();
  };
  const problem = (column: string, message: string) => problems.push({ row: rowNumber, column, message });

  const name = cell('name');
  if (!name) problem('name', 'must not be empty');
  else if (name.length > 200) problem('name', 'must be at most 200 characters');

  const domains: string[] = [];
  for (const part of cell('domains')
    .split(/[;,]/)
    .map((text) => text.trim())
    .filter(Boolean)) {
    const domain = registrableDomainOf(part);
    if (!domain) problem('domains', `"${part.slice(0, 100)}" is not a web address or domain`);
    else if (!domains.includes(domain)) domains.push(domain);
  }
  if (domains.length > MAX_DOMAINS) problem('domains', `must list at most ${MAX_DOMAINS} domains`);

  const country = cell('country').toUpperCase();
  if (country && !/^[A-Z]{2}$/.test(country)) {
    problem('country', 'must be an ISO 3166-1 alpha-2 country code such as "DE"');
  }
  const isDirectOnly = yesNo(cell('direct_only'));
  if (isDirectOnly === null) problem('direct_only', 'must be yes or no');
  const owner = cell('owner');
  if (owner.length > 200) problem('owner', 'must be at most 200 characters');
  const reason = cell('direct_only_reason');
  if (reason.length > 2000) problem('direct_only_reason', 'must be at most 2000 characters');
  const externalId = cell('external_id');
  if (externalId.length > 200) problem('external_id', 'must be at most 200 characters');

  const opportunity = parseOpportunity(cell, problem);
  if (problems.length > 0) return { account: null, problems };
  return {
    account: {
      row: rowNumber,
      name,
      normalisedName: normaliseCompanyName(name),
      domains,
      country: country || null,
      ownerName: owner || null,
      isDirectOnly: isDirectOnly ?? false,
      directOnlyReason: isDirectOnly ? reason || null : null,
      externalId: externalId || null,
      opportunity,
    },
    problems,
  };
}

const OPPORTUNITY_COLUMNS: ImportColumn[] = [
  'opportunity_name',
  'opportunity_stage',
  'opportunity_amount',
  'close_date',
  'opportunity_open',
  'opportunity_external_id',
];

function parseOpportunity(
  cell: (column: ImportColumn) => string,
  problem: (column: string, message: string) => void,
): ImportedOpportunity | null {
  if (OPPORTUNITY_COLUMNS.every((column) => cell(column) === '')) return null;
  const name = cell('opportunity_name');
  if (!name) problem('opportunity_name', 'must not be empty when the row has an opportunity');
  else if (name.length > 200) problem('opportunity_name', 'must be at most 200 characters');
  const stage = cell('opportunity_stage') || 'Open';
  if (stage.length > 100) problem('opportunity_stage', 'must be at most 100 characters');
  const amountText = cell('opportunity_amount').replace(/[\s,']/g, '');
  const amount = amountText ? Number(amountText) : null;
  const isAmountValid =
    amount === null || (Number.isFinite(amount) && amount >= 0 && amount <= 999_999_999_999);
  if (!isAmountValid) problem('opportunity_amount', 'must be a positive number such as 25000.00');
  const currency = cell('currency').toUpperCase();
  if (currency && !/^[A-Z]{3}$/.test(currency)) {
    problem('currency', 'must be an ISO 4217 currency code such as "EUR"');
  } else if (amount !== null && isAmountValid && !currency) {
    problem('currency', 'must be given with an amount');
  }
  const closeDate = cell('close_date');
  if (closeDate && !isIsoDate(closeDate)) problem('close_date', 'must be a date such as 2026-01-31');
  const isOpen = cell('opportunity_open') === '' ? true : yesNo(cell('opportunity_open'));
  if (isOpen === null) problem('opportunity_open', 'must be yes or no');
  const externalId = cell('opportunity_external_id');
  if (externalId.length > 200) problem('opportunity_external_id', 'must be at most 200 characters');
  return {
    name,
    stage,
    isOpen: isOpen ?? true,
    amount,
    currency: currency || null,
    closeDate: closeDate || null,
    externalId: externalId || null,
  };
}

function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/**
 * The account a row is about: its CRM id when it has one, otherwise its normalised name and
 * first domain, so a file of names alone still updates rather than duplicates.
 */
export function accountKey(account: {
  externalId: string | null;
  normalisedName: string;
  domains: string[];
}): string {
  return account.externalId
    ? `id:${account.externalId}`
    : `name:${account.normalisedName}|${account.domains[0] ?? ''}`;
}
