import { z } from 'zod';
import { currencyField, iso, nameField, timestamp } from '../../platform/http/schemas.ts';
import { tierField } from '../organisations/schemas.ts';
import { METRIC_KEYS, PARTNER_METRICS } from './partner-metrics.ts';
import type { partnerTierChanges, partnerTiers } from './tables.ts';

/** More tiers than this is not a programme partners can follow. */
export const MAX_TIERS = 20;

const percentField = z.number().min(0).max(100).multipleOf(0.01, 'must have at most two decimals');
const colourField = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour such as "#c9a227"');
const metricField = z.enum(METRIC_KEYS);

/** Input rules name a metric by key; verbs check it against the catalogue (422 naming the rule). */
const ruleInput = z
  .object({
    metric: z
      .string()
      .max(60)
      .describe(`One of: ${METRIC_KEYS.join(', ')}`),
    minimum: z.number().int().min(0).max(1_000_000_000).describe('The metric must be at least this'),
  })
  .strict();

export const tierRuleSchema = z
  .object({
    metric: metricField,
    minimum: z.number().int().min(0).max(1_000_000_000).describe('The metric must be at least this'),
  })
  .strict()
  .meta({ id: 'PartnerTierRule' });

const rulesField = z
  .array(ruleInput)
  .max(METRIC_KEYS.length)
  .superRefine((rules, ctx) => {
    rules.forEach((rule, index) => {
      if (rules.findIndex((other) => other.metric === rule.metric) !== index) {
        ctx.addIssue({ code: 'custom', path: [index, 'metric'], message: 'already has a rule in this tier' });
      }
    });
  })
  .describe('All must hold for a partner to qualify; none: every partner qualifies');

export const partnerTierSchema = z
  .object({
    id: z.string(),
    key: z.string(),
    name: z.string(),
    rank: z.number().int().describe('Higher is better'),
    description: z.string().nullable(),
    colour: z.string().nullable(),
    discountPercent: z.number(),
    commissionPercent: z.number(),
    isMdfEligible: z.boolean(),
    mdfCap: z.object({ amount: z.number(), currency: z.string() }).nullable(),
    rules: z.array(tierRuleSchema),
    version: z.number().int(),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .meta({ id: 'PartnerTier' });

export type PartnerTierDto = z.infer<typeof partnerTierSchema>;

const tierFields = {
  name: nameField.max(60),
  rank: z.number().int().min(0).max(1000),
  description: z.string().trim().max(1000).nullable(),
  colour: colourField.nullable(),
  discountPercent: percentField,
  commissionPercent: percentField,
  isMdfEligible: z.boolean(),
  mdfCap: z
    .object({ amount: z.number().min(0).lt(1_000_000_000_000), currency: currencyField })
    .strict()
    .nullable(),
  rules: rulesField,
};

export const createTierInput = z
  .object({
    key: tierField,
    ...tierFields,
    description: tierFields.description.optional(),
    colour: tierFields.colour.optional(),
    discountPercent: percentField.default(0),
    commissionPercent: percentField.default(0),
    isMdfEligible: z.boolean().default(false),
    mdfCap: tierFields.mdfCap.optional(),
    rules: rulesField.default([]),
  })
  .strict();

export const updateTierInput = z
  .object(tierFields)
  .partial()
  .strict()
  .refine((input) => Object.keys(input).length > 0, { message: 'send at least one field to change' });

export const tierSettingsSchema = z
  .object({
    downgradeGraceDays: z.number().int(),
    version: z.number().int(),
  })
  .meta({ id: 'PartnerTierSettings' });

export const updateTierSettingsInput = z
  .object({
    downgradeGraceDays: z
      .number()
      .int()
      .min(0)
      .max(730)
      .describe('Days a partner keeps its tier after it stops qualifying; 0 downgrades at once'),
  })
  .strict();

export const metricCatalogueSchema = z
  .object({
    data: z.array(z.object({ key: metricField, unit: z.enum(['count', 'months']), description: z.string() })),
  })
  .meta({ id: 'PartnerMetricCatalogue' });

export const metricCatalogue = { data: PARTNER_METRICS.map((metric) => ({ ...metric })) };

const metricsSchema = z.record(metricField, z.number());

export const tierChangeSchema = z
  .object({
    id: z.string(),
    organisationId: z.string(),
    fromTier: z.string().nullable(),
    toTier: z.string().nullable(),
    reason: z.enum(['evaluation', 'manual', 'grace_expired']),
    note: z.string().nullable(),
    metrics: metricsSchema.nullable(),
    changedById: z.string().nullable(),
    changedAt: timestamp,
  })
  .meta({ id: 'PartnerTierChange' });

export const partnerTierStatusSchema = z
  .object({
    organisationId: z.string(),
    tier: partnerTierSchema.nullable(),
    isLocked: z.boolean(),
    pendingDowngrade: z
      .object({ tier: partnerTierSchema.nullable(), effectiveAt: timestamp })
      .nullable()
      .describe('Set while the partner keeps its tier during the grace period'),
    metrics: metricsSchema,
    lastEvaluatedAt: timestamp.nullable(),
    nextTier: z
      .object({
        tier: partnerTierSchema,
        rules: z.array(
          tierRuleSchema
            .extend({ actual: z.number(), isMet: z.boolean() })
            .meta({ id: 'PartnerTierRuleProgress' }),
        ),
      })
      .nullable()
      .describe('The tier just above, with how far each of its rules is met; null at the top'),
  })
  .meta({ id: 'PartnerTierStatus' });

export const setTierInput = z
  .object({
    tier: tierField.nullable().describe('The tier key to set; null removes the tier'),
    isLocked: z.boolean().describe('Locked: evaluation leaves this partner’s tier alone until unlocked'),
    reason: z.string().trim().min(1, 'must say why').max(500),
  })
  .strict();

export const evaluationSummarySchema = z
  .object({
    evaluated: z.number().int(),
    changes: z.array(
      z.object({
        organisationId: z.string(),
        organisationName: z.string(),
        kind: z.enum(['upgrade', 'downgrade_scheduled', 'downgrade_cancelled', 'downgrade_applied']),
        fromTier: z.string().nullable(),
        toTier: z.string().nullable(),
        effectiveAt: timestamp.nullable(),
      }),
    ),
  })
  .meta({ id: 'PartnerTierEvaluation' });

export type EvaluationSummary = z.infer<typeof evaluationSummarySchema>;

export function presentTier(row: typeof partnerTiers.$inferSelect): PartnerTierDto {
  return {
    id: row.id,
    key: row.key,
    name: row.name,
    rank: row.rank,
    description: row.description,
    colour: row.colour,
    discountPercent: row.discountPercent,
    commissionPercent: row.commissionPercent,
    isMdfEligible: row.isMdfEligible,
    mdfCap:
      row.mdfCapAmount !== null && row.mdfCapCurrency !== null
        ? { amount: row.mdfCapAmount, currency: row.mdfCapCurrency }
        : null,
    rules: row.rules,
    version: row.version,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  };
}

export function presentTierChange(row: typeof partnerTierChanges.$inferSelect) {
  return {
    id: row.id,
    organisationId: row.organisationId,
    fromTier: row.fromTierKey,
    toTier: row.toTierKey,
    reason: row.reason,
    note: row.note,
    metrics: row.metrics,
    changedById: row.changedById,
    changedAt: iso(row.changedAt),
  };
}
