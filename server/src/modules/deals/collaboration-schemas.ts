import { z } from 'zod';
import { currencyField, regionField, timestamp } from '../../platform/http/schemas.ts';
import { PARTNER_DEAL_ROLES, PIPELINE_STAGES, REGISTRATION_STATUSES } from './tables.ts';

export const DISPUTE_SUBJECTS = ['decision', 'conflict'] as const;
export const DISPUTE_STATUSES = ['open', 'upheld', 'dismissed'] as const;

/** Evidence is links (CRM records, e-mails, meeting notes), never files: http or https only. */
const evidenceUrlField = z
  .string()
  .trim()
  .max(2048)
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
    } catch {
      return false;
    }
  }, 'must be an http or https link');
const evidenceUrlsField = z.array(evidenceUrlField).max(10, 'at most 10 links').default([]);

export const openDealDisputeInput = z
  .object({
    subject: z
      .enum(DISPUTE_SUBJECTS)
      .describe('`decision`: the rejection (or approval) was wrong; `conflict`: this claim was first'),
    reason: z.string().trim().min(10, 'must be at least 10 characters').max(5000),
    evidenceUrls: evidenceUrlsField,
  })
  .strict();
export type OpenDealDisputeInput = z.infer<typeof openDealDisputeInput>;

export const commentOnDealDisputeInput = z
  .object({
    body: z.string().trim().min(1, 'must not be empty').max(5000),
    evidenceUrls: evidenceUrlsField,
    isVendorInternal: z.boolean().default(false).describe('Vendor staff only: hidden from the partner'),
  })
  .strict();
export type CommentOnDealDisputeInput = z.infer<typeof commentOnDealDisputeInput>;

export const decideDealDisputeInput = z
  .object({
    outcome: z.enum(['upheld', 'dismissed']),
    rationale: z.string().trim().min(1, 'must not be empty').max(5000),
  })
  .strict();
export type DecideDealDisputeInput = z.infer<typeof decideDealDisputeInput>;

export const listDealDisputesQuery = z.object({
  status: z.enum(DISPUTE_STATUSES).optional(),
  registrationId: z.string().max(40).optional(),
});

export const disputeCommentSchema = z.object({
  id: z.string(),
  authorName: z.string().nullable(),
  authorSide: z.enum(['vendor', 'partner']),
  isVendorInternal: z.boolean(),
  body: z.string(),
  evidenceUrls: z.array(z.string()),
  createdAt: timestamp,
});

export const dealDisputeSchema = z.object({
  id: z.string(),
  registrationId: z.string(),
  registrationReference: z.string(),
  customerName: z.string(),
  registrationStatus: z.enum(REGISTRATION_STATUSES).describe('Where the disputed registration stands now'),
  organisationId: z.string(),
  partnerName: z.string().nullable().describe('The disputing registration’s partner'),
  subject: z.enum(DISPUTE_SUBJECTS),
  reason: z.string(),
  evidenceUrls: z.array(z.string()),
  status: z.enum(DISPUTE_STATUSES),
  raisedByName: z.string().nullable(),
  raisedBySide: z.enum(['vendor', 'partner']),
  decidedAt: timestamp.nullable(),
  rationale: z.string().nullable(),
  createdAt: timestamp,
  contestedRegistration: z
    .object({ id: z.string(), reference: z.string(), partnerName: z.string().nullable() })
    .nullable()
    .optional()
    .describe('The registration that was first-in (vendor staff only)'),
});
export type DealDisputeDto = z.infer<typeof dealDisputeSchema>;

export const dealDisputeDetailSchema = dealDisputeSchema.extend({
  comments: z.array(disputeCommentSchema),
});

export const moveDealStageInput = z
  .object({
    stage: z.enum(PIPELINE_STAGES),
    amount: z
      .number()
      .min(0, 'must not be negative')
      .lt(1_000_000_000_000, 'must be under one trillion')
      .multipleOf(0.01, 'must have at most two decimals')
      .optional()
      .describe('The deal value now, when it changed'),
    lostReason: z.string().trim().min(1, 'must not be empty').max(2000).optional(),
  })
  .strict();
export type MoveDealStageInput = z.infer<typeof moveDealStageInput>;

export const dealPartnerLineInput = z
  .object({
    organisationId: z.string().max(40),
    role: z.enum(PARTNER_DEAL_ROLES),
    creditPercent: z
      .number()
      .gt(0, 'must be more than 0')
      .max(100, 'must be at most 100')
      .multipleOf(0.01, 'must have at most two decimals'),
  })
  .strict();
export const setDealPartnersInput = z
  .object({
    partners: z.array(dealPartnerLineInput).min(1, 'must name at least the registering partner').max(20),
  })
  .strict();
export type SetDealPartnersInput = z.infer<typeof setDealPartnersInput>;

export const dealPartnerLineSchema = z.object({
  organisationId: z.string(),
  partnerName: z.string().nullable(),
  role: z.enum(PARTNER_DEAL_ROLES),
  creditPercent: z.number(),
  isRegisteringPartner: z.boolean(),
});

export const stageChangeSchema = z.object({
  fromStage: z.enum(PIPELINE_STAGES).nullable(),
  toStage: z.enum(PIPELINE_STAGES),
  amount: z.number().nullable(),
  lostReason: z.string().nullable(),
  changedAt: timestamp,
});

export const disputeSummarySchema = z.object({
  id: z.string(),
  subject: z.enum(DISPUTE_SUBJECTS),
  status: z.enum(DISPUTE_STATUSES),
  reason: z.string(),
  rationale: z.string().nullable(),
  createdAt: timestamp,
  decidedAt: timestamp.nullable(),
  isAgainstThisRegistration: z
    .boolean()
    .describe('Vendor only: another registration contests this one’s first-in'),
});

/** What the detail page shows of partners, stages and disputes; only what the reader may see. */
export const dealCollaborationSchema = z.object({
  partners: z.array(dealPartnerLineSchema).describe('Vendor: every line; partner: its own line'),
  otherPartnerCount: z.number().int().describe('How many other partners share the credit (never who)'),
  stageHistory: z.array(stageChangeSchema),
  disputes: z.array(disputeSummarySchema),
  canDispute: z
    .object({ decision: z.boolean(), conflict: z.boolean() })
    .describe('Which dispute the reader could open now'),
});

export const dealCreditSchema = z.object({
  registrationId: z.string(),
  reference: z.string(),
  customerName: z.string(),
  stage: z.enum(PIPELINE_STAGES),
  status: z.enum(REGISTRATION_STATUSES),
  role: z.enum(PARTNER_DEAL_ROLES),
  creditPercent: z.number(),
  isRegisteringPartner: z.boolean(),
  registeredAt: timestamp,
});

export const dealPipelineQuery = z.object({
  organisationId: z.string().max(40).optional().describe('One partner (vendor staff)'),
  region: regionField.optional(),
  from: z.iso.date({ message: 'must be a date such as "2027-01-01"' }).optional(),
  to: z.iso.date({ message: 'must be a date such as "2027-03-31"' }).optional(),
  currency: currencyField.optional(),
});

const moneySchema = z.object({ currency: z.string(), amount: z.number() });
export const dealPipelineSchema = z.object({
  stages: z.array(
    z.object({
      stage: z.enum(PIPELINE_STAGES),
      count: z.number().int(),
      amounts: z.array(moneySchema).describe('Per currency, as registered'),
      total: moneySchema
        .extend({
          withoutRate: z
            .array(z.string())
            .describe(
              'Currencies with no exchange rate in the deal settings; their amounts are not in the total',
            ),
        })
        .describe("The stage's amounts in the programme currency, at the deal settings' exchange rates"),
    }),
  ),
  conversion: z.array(
    z.object({
      fromStage: z.enum(PIPELINE_STAGES),
      toStage: z.enum(PIPELINE_STAGES),
      reached: z.number().int(),
      advanced: z.number().int(),
      rate: z.number().nullable().describe('0–1; null when no registration reached the stage'),
    }),
  ),
  winRate: z.number().nullable().describe('Won / (won + lost); null before any deal closed'),
  won: z.number().int(),
  lost: z.number().int(),
  registrationsPerWeek: z.array(z.object({ weekStart: z.string(), count: z.number().int() })),
  medianDaysToApproval: z.number().nullable(),
  medianDaysToWin: z.number().nullable(),
});
