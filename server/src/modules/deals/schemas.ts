import { z } from 'zod';
import {
  countryField,
  currencyField,
  emailField,
  iso,
  nameField,
  timestamp,
} from '../../platform/http/schemas.ts';
import { approvalStepSchema, extensionSchema } from './approval-schemas.ts';
import { dealCollaborationSchema } from './collaboration-schemas.ts';
import {
  CONFLICT_KINDS,
  CONFLICT_OUTCOMES,
  type dealRegistrationConflicts,
  type dealRegistrations,
  PIPELINE_STAGES,
  REGISTRATION_STATUSES,
} from './tables.ts';

const dateField = z.iso.date({ message: 'must be a date such as "2027-03-31"' });
const amountField = z
  .number()
  .min(0, 'must not be negative')
  .lt(1_000_000_000_000, 'must be under one trillion')
  .multipleOf(0.01, 'must have at most two decimals');
const webAddressField = z.string().trim().min(1).max(2048);

/** What a partner fills in to claim an opportunity. Either a web address or a contact e-mail. */
export const registerDealInput = z
  .object({
    customerName: nameField.describe('The customer company, as the partner knows it'),
    customerWebsite: webAddressField
      .optional()
      .describe('Web address or domain of the customer (www.acme.com, https://acme.com/en)'),
    contactName: z.string().trim().max(200).optional(),
    contactEmail: emailField.optional().describe('The customer contact; a company address gives the domain'),
    country: countryField,
    amount: amountField.describe('Expected deal value'),
    currency: currencyField,
    expectedCloseDate: dateField,
    products: z.array(z.string().trim().min(1).max(100)).max(50).default([]),
    notes: z.string().trim().max(5000).optional(),
  })
  .strict();
export type RegisterDealInput = z.infer<typeof registerDealInput>;

/** The instant check the form runs while the partner types: nothing is saved. */
export const checkDealConflictsInput = z
  .object({
    customerName: nameField,
    customerWebsite: webAddressField.optional(),
    contactEmail: emailField.optional(),
    country: countryField,
  })
  .strict();

const conflictForPartnerSchema = z.object({
  kind: z.enum(CONFLICT_KINDS),
  score: z.number().describe('0–1: how sure the match is'),
  signals: z
    .array(z.string())
    .describe('What matched: domain, name, similar_name, country, different_country'),
  isBlocking: z.boolean().describe('Whether this match alone makes the registration a conflict'),
  reason: z.string().describe('Why it matched, without naming another partner or its deal'),
});

/** What vendor staff see of a conflict: the matched registration or account too. */
export const conflictSchema = conflictForPartnerSchema.extend({
  matchedRegistrationId: z.string().nullable().optional(),
  matchedAccountId: z.string().nullable().optional(),
  matchedName: z.string().nullable().optional().describe('Customer name of the matched record (vendor only)'),
  matchedPartnerName: z
    .string()
    .nullable()
    .optional()
    .describe('Partner holding the matched registration (vendor only)'),
  matchedDomains: z
    .array(z.string())
    .optional()
    .describe('Registrable domains of the matched registration or account (vendor only)'),
  matchedCountry: z.string().nullable().optional().describe('Country of the matched record (vendor only)'),
  matchedRegistration: z
    .object({
      reference: z.string(),
      status: z.enum(REGISTRATION_STATUSES),
      amount: z.number(),
      currency: z.string(),
      registeredAt: timestamp,
      partnerName: z.string().nullable(),
    })
    .nullable()
    .optional()
    .describe('The matched registration, for side-by-side review (vendor only)'),
  matchedAccount: z
    .object({
      ownerName: z.string().nullable(),
      isDirectOnly: z.boolean(),
      openOpportunityCount: z.number().int(),
    })
    .nullable()
    .optional()
    .describe('The matched customer account, for side-by-side review (vendor only)'),
});
export type ConflictDto = z.infer<typeof conflictSchema>;

export const conflictCheckSchema = z.object({
  outcome: z.enum(CONFLICT_OUTCOMES),
  normalisedName: z.string(),
  customerDomain: z.string().nullable(),
  conflicts: z.array(conflictSchema),
});

export const dealRegistrationSchema = z.object({
  id: z.string(),
  reference: z.string().describe('DR-<number>, for people'),
  organisationId: z.string(),
  partnerName: z.string().nullable().describe('The registering partner'),
  region: z.string().nullable(),
  customerName: z.string(),
  customerDomain: z.string().nullable(),
  contactName: z.string().nullable(),
  contactEmail: z.string().nullable(),
  country: z.string(),
  amount: z.number(),
  currency: z.string(),
  expectedCloseDate: z.string(),
  products: z.array(z.string()),
  notes: z.string().nullable(),
  status: z.enum(REGISTRATION_STATUSES),
  stage: z.enum(PIPELINE_STAGES),
  conflictOutcome: z.enum(CONFLICT_OUTCOMES),
  isFirstIn: z.boolean(),
  registeredAt: timestamp,
  approvalLevel: z.number().int().nullable(),
  approvalDueAt: timestamp.nullable(),
  decidedAt: timestamp.nullable(),
  decisionReason: z.string().nullable(),
  protectionEndsAt: timestamp.nullable(),
  extensionCount: z.number().int(),
  lastActivityAt: timestamp,
  closedAt: timestamp.nullable(),
  version: z.number().int(),
});
export type DealRegistrationDto = z.infer<typeof dealRegistrationSchema>;

export const dealRegistrationDetailSchema = dealRegistrationSchema.extend({
  conflicts: z.array(conflictSchema),
  approvals: z.array(approvalStepSchema).describe('Approval steps, oldest first'),
  extensions: z.array(extensionSchema).describe('Protection extension requests, oldest first'),
  ...dealCollaborationSchema.shape,
});

export const listDealRegistrationsQuery = z.object({
  status: z.enum(REGISTRATION_STATUSES).optional(),
  stage: z.enum(PIPELINE_STAGES).optional(),
  conflictOutcome: z.enum(CONFLICT_OUTCOMES).optional(),
  organisationId: z.string().max(40).optional().describe('Only this partner’s registrations (vendor staff)'),
  region: z.string().max(32).optional(),
  q: z.string().trim().max(200).optional().describe('Customer name or DR reference'),
});

export type DealRegistrationRow = typeof dealRegistrations.$inferSelect;
export type DealConflictRow = typeof dealRegistrationConflicts.$inferSelect;

export const referenceOf = (number: number) => `DR-${number}`;

export function toDealRegistrationDto(
  row: DealRegistrationRow,
  partnerName: string | null,
): DealRegistrationDto {
  return {
    id: row.id,
    reference: referenceOf(row.number),
    organisationId: row.organisationId,
    partnerName,
    region: row.region,
    customerName: row.customerName,
    customerDomain: row.customerDomain,
    contactName: row.contactName,
    contactEmail: row.contactEmail,
    country: row.country,
    amount: row.amount,
    currency: row.currency,
    expectedCloseDate: row.expectedCloseDate,
    products: row.products,
    notes: row.notes,
    status: row.status,
    stage: row.stage,
    conflictOutcome: row.conflictOutcome,
    isFirstIn: row.isFirstIn,
    registeredAt: iso(row.registeredAt),
    approvalLevel: row.approvalLevel,
    approvalDueAt: iso(row.approvalDueAt),
    decidedAt: iso(row.decidedAt),
    decisionReason: row.decisionReason,
    protectionEndsAt: iso(row.protectionEndsAt),
    extensionCount: row.extensionCount,
    lastActivityAt: iso(row.lastActivityAt),
    closedAt: iso(row.closedAt),
    version: row.version,
  };
}
