import { z } from 'zod';
import { currencyField, emailField, regionField, timestamp } from '../../platform/http/schemas.ts';

/** Schemas of approvals, protection and the programme settings (the routes in `approval-routes.ts`). */

const APPROVER_ROLES = ['regional_manager', 'channel_manager'] as const;
/** A count within limits, refused in words a channel manager reads ("must be at least 1 day"). */
const count = (min: number, max: number, unit: string, units: string) =>
  z
    .number()
    .int('must be a whole number')
    .min(min, `must be at least ${min} ${min === 1 ? unit : units}`)
    .max(max, `must be at most ${max} ${units}`);
const amount = z.number().min(0, 'must not be negative').lt(1_000_000_000_000, 'must be under one trillion');

export const approvalLevelInput = z
  .object({
    role: z.enum(APPROVER_ROLES),
    minimumAmount: amount.describe('The level applies to registrations of at least this amount'),
    regions: z.array(regionField).max(50).describe('Regions the level applies to; empty: every region'),
    slaHours: count(1, 720, 'hour', 'hours'),
  })
  .strict();

const exchangeRates = z
  .record(
    currencyField,
    z.number().positive('must be more than 0').lt(1_000_000_000, 'must be under one billion'),
  )
  .refine((rates) => Object.keys(rates).length <= 200, 'allows at most 200 currencies')
  .describe('Units of each other currency to one unit of the programme currency, e.g. {"USD": 1.08}');

export const dealSettingsInput = z
  .object({
    currency: currencyField
      .optional()
      .describe('The currency the amounts here are in; unchanged when left out'),
    exchangeRates: exchangeRates.optional().describe('Unchanged when left out'),
    approvalLevels: z
      .array(approvalLevelInput)
      .min(1, 'needs at least one approval level')
      .max(5, 'allows at most 5 approval levels'),
    autoApproveMaxAmount: amount
      .nullable()
      .describe('Clear registrations up to this amount are approved at once; null: never'),
    reminderHoursBeforeDue: count(0, 720, 'hour', 'hours'),
    protectionDays: count(1, 730, 'day', 'days'),
    extensionDays: count(1, 365, 'day', 'days'),
    maxExtensions: count(0, 10, 'extension', 'extensions'),
    staleAfterDays: count(1, 365, 'day', 'days'),
  })
  .strict();
export type DealSettingsInput = z.infer<typeof dealSettingsInput>;

export const dealSettingsSchema = dealSettingsInput.extend({
  currency: currencyField,
  exchangeRates,
  approvalLevels: z.array(approvalLevelInput),
  version: z.number().int().describe('0 while the programme runs on the defaults'),
});

const note = z.string().trim().max(2000);

export const approveDealInput = z.object({ note: note.optional() }).strict();
export const rejectDealInput = z
  .object({ reason: z.string().trim().min(3, 'must be at least 3 characters').max(2000) })
  .strict();
export const requestDealInformationInput = z
  .object({ question: z.string().trim().min(3, 'must be at least 3 characters').max(2000) })
  .strict();
export const provideDealInformationInput = z
  .object({
    answer: z.string().trim().min(1, 'must not be empty').max(5000),
    amount: z
      .number()
      .min(0, 'must not be negative')
      .lt(1_000_000_000_000, 'must be under one trillion')
      .multipleOf(0.01, 'must have at most two decimals')
      .optional(),
    expectedCloseDate: z.iso.date({ message: 'must be a date such as "2027-03-31"' }).optional(),
    products: z.array(z.string().trim().min(1).max(100)).max(50).optional(),
    notes: z.string().trim().max(5000).optional(),
    contactName: z.string().trim().max(200).optional(),
    contactEmail: emailField.optional(),
  })
  .strict();
export const withdrawDealInput = z.object({ reason: note.optional() }).strict();
export const requestDealExtensionInput = z
  .object({
    reason: z.string().trim().min(3, 'must be at least 3 characters').max(2000),
    days: z.number().int().min(1).max(365).optional().describe('Defaults to the programme’s extension days'),
  })
  .strict();
export const approveDealExtensionInput = z.object({ note: note.optional() }).strict();
export const rejectDealExtensionInput = z
  .object({ note: z.string().trim().min(3, 'must be at least 3 characters').max(2000) })
  .strict();

export const SLA_STATES = ['on_track', 'due_soon', 'overdue'] as const;
export type SlaState = (typeof SLA_STATES)[number];

export const approvalQueueQuery = z.object({
  slaState: z.enum(SLA_STATES).optional(),
  region: regionField.optional(),
});

export const approvalQueueItemSchema = z.object({
  id: z.string().describe('The registration'),
  reference: z.string(),
  organisationId: z.string(),
  partnerName: z.string().nullable(),
  region: z.string().nullable(),
  customerName: z.string(),
  amount: z.number(),
  currency: z.string(),
  weighedAmount: z
    .object({ amount: z.number(), currency: z.string() })
    .nullable()
    .describe('The amount in the programme currency the levels are set in; null: no rate for its currency'),
  conflictOutcome: z.enum(['clear', 'possible_conflict', 'conflict']),
  level: z.number().int(),
  role: z.enum(APPROVER_ROLES),
  dueAt: timestamp,
  slaState: z.enum(SLA_STATES),
  registeredAt: timestamp,
  version: z.number().int(),
});

export const approvalStepSchema = z.object({
  id: z.string(),
  level: z.number().int(),
  role: z.enum(APPROVER_ROLES),
  dueAt: timestamp,
  remindedAt: timestamp.nullable(),
  escalatedAt: timestamp.nullable(),
  decision: z.enum(['approved', 'rejected', 'more_info_requested', 'auto_approved']).nullable(),
  decidedAt: timestamp.nullable(),
  decidedByName: z.string().nullable(),
  reason: z.string().nullable().describe('Approval note, rejection reason or the question asked'),
  answer: z.string().nullable().describe('The partner’s answer to the question'),
  answeredAt: timestamp.nullable(),
  mayDecide: z.boolean().describe('Whether the caller may decide this step now'),
});

export const extensionSchema = z.object({
  id: z.string(),
  reason: z.string(),
  requestedDays: z.number().int(),
  status: z.enum(['pending', 'approved', 'rejected']),
  decidedAt: timestamp.nullable(),
  decisionNote: z.string().nullable(),
  createdAt: timestamp,
});

export const extensionParams = z.object({
  id: z.string().regex(/^dext_[0-9a-z]{26}$/, 'must be an id starting with dext_'),
});
