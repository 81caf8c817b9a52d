import { z } from 'zod';
import { countryField, currencyField, iso, nameField, timestamp } from '../../platform/http/schemas.ts';
import type { customerAccounts, customerOpportunities } from './tables.ts';

export const MAX_DOMAINS = 20;
export const MAX_RULES_LENGTH = 50_000;

const dateField = z.iso.date({ message: 'must be a date such as 2026-01-31' });
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

/** A web address or domain as people paste it; the verbs keep its registrable domain. */
const accountDomain = z.string().trim().min(1, 'must not be empty').max(2000);

export const openAmountSchema = z.object({ currency: z.string(), amount: z.number() });

export const customerAccountSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    domains: z.array(z.string()).describe('Registrable domains, such as "acme.co.uk"'),
    country: z.string().nullable(),
    ownerUserId: z.string().nullable().describe('The vendor user who owns the account'),
    ownerName: z.string().nullable().describe("The owner's name as the CRM gave it"),
    isDirectOnly: z
      .boolean()
      .describe('Reserved for direct sales: partners cannot register deals for this customer'),
    directOnlyReason: z.string().nullable(),
    externalId: z.string().nullable().describe("The CRM's id; re-importing updates by it"),
    source: z.enum(['import', 'api', 'crm']),
    openOpportunityCount: z.number().int(),
    openAmounts: z.array(openAmountSchema).describe('Total amount of the open opportunities, per currency'),
    version: z.number().int(),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .meta({ id: 'CustomerAccount' });

export type CustomerAccountDto = z.infer<typeof customerAccountSchema>;
export type AccountRow = typeof customerAccounts.$inferSelect;
export type OpenTotals = { count: number; amounts: { currency: string; amount: number }[] };

export function presentAccount(row: AccountRow, totals?: OpenTotals): CustomerAccountDto {
  return {
    id: row.id,
    name: row.name,
    domains: row.domains,
    country: row.country,
    ownerUserId: row.ownerUserId,
    ownerName: row.ownerName,
    isDirectOnly: row.isDirectOnly,
    directOnlyReason: row.directOnlyReason,
    externalId: row.externalId,
    source: row.source,
    openOpportunityCount: totals?.count ?? 0,
    openAmounts: totals?.amounts ?? [],
    version: row.version,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  };
}

/** What the audit trail keeps of an account: its own fields, not the opportunity totals. */
export function auditedAccount(row: AccountRow) {
  const { openOpportunityCount: _count, openAmounts: _amounts, ...rest } = presentAccount(row);
  return rest;
}

const accountFields = {
  name: nameField,
  domains: z
    .array(accountDomain)
    .max(MAX_DOMAINS, `must list at most ${MAX_DOMAINS} domains`)
    .describe('Web addresses or domains; each is kept as its registrable domain ("acme.co.uk")'),
  country: countryField.nullable(),
  ownerUserId: z.string().max(100).nullable(),
  ownerName: optionalText(200),
  isDirectOnly: z.boolean(),
  directOnlyReason: optionalText(2000),
  externalId: optionalText(200),
};

export const createAccountInput = z
  .object({
    ...accountFields,
    domains: accountFields.domains.default([]),
    country: accountFields.country.optional(),
    ownerUserId: accountFields.ownerUserId.optional(),
    isDirectOnly: accountFields.isDirectOnly.default(false),
  })
  .strict();

export const updateAccountInput = z.object(accountFields).partial().strict();

export const listAccountsQuery = z.object({
  q: z.string().trim().max(200).optional().describe('Part of the name, or a domain'),
  isDirectOnly: z.enum(['true', 'false']).optional().describe('Only direct-only (true) or only others'),
  country: countryField.optional(),
  hasOpenOpportunity: z.enum(['true', 'false']).optional().describe('Only accounts with (true) or without'),
});

export const opportunitySchema = z
  .object({
    id: z.string(),
    accountId: z.string(),
    name: z.string(),
    stage: z.string(),
    isOpen: z.boolean(),
    amount: z.number().nullable(),
    currency: z.string().nullable(),
    closeDate: z.string().nullable(),
    ownerName: z.string().nullable(),
    externalId: z.string().nullable(),
    version: z.number().int(),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .meta({ id: 'CustomerOpportunity' });

export function presentOpportunity(row: typeof customerOpportunities.$inferSelect) {
  return {
    id: row.id,
    accountId: row.accountId,
    name: row.name,
    stage: row.stage,
    isOpen: row.isOpen,
    amount: row.amount,
    currency: row.currency,
    closeDate: row.closeDate,
    ownerName: row.ownerName,
    externalId: row.externalId,
    version: row.version,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  };
}

const opportunityFields = {
  name: nameField,
  stage: z.string().trim().min(1, 'must not be empty').max(100),
  isOpen: z.boolean(),
  amount: z.number().min(0, 'must not be negative').max(999_999_999_999, 'is too large').nullable(),
  currency: currencyField.nullable(),
  closeDate: dateField.nullable(),
  ownerName: optionalText(200),
  externalId: optionalText(200),
};

const amountNeedsCurrency = (value: { amount?: number | null; currency?: string | null }) =>
  value.amount === undefined || value.amount === null || Boolean(value.currency);
const currencyProblem = { message: 'must be given with an amount', path: ['currency'] };

export const createOpportunityInput = z
  .object({
    ...opportunityFields,
    isOpen: opportunityFields.isOpen.default(true),
    amount: opportunityFields.amount.optional(),
    currency: opportunityFields.currency.optional(),
    closeDate: opportunityFields.closeDate.optional(),
  })
  .strict()
  .refine(amountNeedsCurrency, currencyProblem);

export const updateOpportunityInput = z.object(opportunityFields).partial().strict();

export const rulesOfEngagementSchema = z
  .object({
    markdown: z.string().nullable().describe('The rules as Markdown; null until first published'),
    publishedAt: timestamp.nullable(),
    directOnlyAccounts: z
      .array(z.object({ name: z.string(), country: z.string().nullable() }))
      .describe('Customers reserved for direct sales, by name and country only'),
  })
  .meta({ id: 'RulesOfEngagement' });

export const publishRulesInput = z
  .object({
    markdown: z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .max(MAX_RULES_LENGTH, `must be at most ${MAX_RULES_LENGTH} characters`),
  })
  .strict();

export const importAccountsInput = z
  .object({
    fileName: z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .max(200)
      .regex(/\.(csv|xlsx)$/i, 'must be a .csv or .xlsx file'),
    content: z
      .string()
      .min(1, 'must not be empty')
      .describe('The file itself, base64-encoded; at most 10 MB'),
  })
  .strict();

export const importResultSchema = z
  .object({
    rowCount: z.number().int(),
    accountsCreated: z.number().int(),
    accountsUpdated: z.number().int(),
    opportunitiesCreated: z.number().int(),
    opportunitiesUpdated: z.number().int(),
  })
  .meta({ id: 'CustomerAccountImportResult' });
