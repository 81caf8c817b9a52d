import { z } from 'zod';
import { iso, nameField, timestamp } from '../../platform/http/schemas.ts';
import { PARTNER_TYPES } from '../organisations/partner-types.ts';
import { tierField } from '../organisations/schemas.ts';
import { isManualStep, STEP_KINDS } from './step-kinds.ts';
import type { onboardingEnrolmentSteps, onboardingEnrolments, onboardingJourneys } from './tables.ts';

export const JOURNEY_STATUSES = ['active', 'archived'] as const;
/** Days after the start at which a running journey is announced as a milestone. */
export const MILESTONE_DAYS = [30, 60, 90] as const;

const idOf = (prefix: string) =>
  z.string().regex(new RegExp(`^${prefix}_[0-9a-z]{26}$`), `must be an id starting with ${prefix}_`);

const journeyStepSchema = z
  .object({
    title: z.string(),
    kind: z.enum(STEP_KINDS),
    description: z.string().nullable(),
    dueAfterDays: z.number().int().describe('Days after the journey starts by which it should be done'),
    agreementTemplateId: z
      .string()
      .nullable()
      .describe('accept_agreement only: this agreement; null means every mandatory agreement'),
  })
  .meta({ id: 'OnboardingJourneyStep' });

export const journeySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string().nullable(),
    partnerTypes: z.array(z.enum(PARTNER_TYPES)).describe('Partner types it applies to; empty: every type'),
    tiers: z.array(z.string()).describe('Tiers it applies to; empty: every tier'),
    steps: z.array(journeyStepSchema),
    status: z.enum(JOURNEY_STATUSES),
    version: z.number().int().describe('Bumped by every change; enrolments record the version they started'),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .meta({ id: 'OnboardingJourney' });

export type JourneyDto = z.infer<typeof journeySchema>;

export function presentJourney(row: typeof onboardingJourneys.$inferSelect): JourneyDto {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    partnerTypes: row.partnerTypes,
    tiers: row.tiers,
    steps: row.steps,
    status: row.status,
    version: row.version,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  };
}

const stepInput = z
  .object({
    title: z.string().trim().min(1, 'must not be empty').max(200),
    kind: z.enum(STEP_KINDS),
    description: z.string().trim().max(2000).nullable().default(null),
    dueAfterDays: z.number().int().min(0, 'must be 0 or more').max(365, 'must be at most 365').default(0),
    agreementTemplateId: idOf('agrt').nullable().default(null),
  })
  .strict()
  .refine((step) => step.kind === 'accept_agreement' || step.agreementTemplateId === null, {
    message: 'only an accept_agreement step names an agreement',
    path: ['agreementTemplateId'],
  });

const stepsField = z.array(stepInput).min(1, 'add at least one step').max(30, 'at most 30 steps');
const descriptionField = z.string().trim().max(2000);
const partnerTypesField = z.array(z.enum(PARTNER_TYPES)).max(PARTNER_TYPES.length);
const tiersField = z.array(tierField).max(20);

export const createJourneyInput = z
  .object({
    name: nameField,
    description: descriptionField.optional(),
    partnerTypes: partnerTypesField.default([]),
    tiers: tiersField.default([]),
    steps: stepsField,
  })
  .strict();

export const updateJourneyInput = z
  .object({
    name: nameField,
    description: descriptionField.nullable(),
    partnerTypes: partnerTypesField,
    tiers: tiersField,
    steps: stepsField.describe('The whole ordered list; running enrolments keep the steps they started with'),
    status: z.enum(JOURNEY_STATUSES).describe('`archived`: no new partner starts it'),
  })
  .partial()
  .strict()
  .refine((input) => Object.keys(input).length > 0, { message: 'send at least one field to change' });

export type StepInput = z.infer<typeof stepInput>;

export const listJourneysQuery = z.object({ status: z.enum(JOURNEY_STATUSES).optional() });

export const enrolmentStepSchema = z
  .object({
    id: z.string(),
    position: z.number().int(),
    kind: z.enum(STEP_KINDS),
    title: z.string(),
    description: z.string().nullable(),
    agreementTemplateId: z.string().nullable(),
    dueAt: timestamp,
    completedAt: timestamp.nullable(),
    isOverdue: z.boolean().describe('Not done and past its due date'),
    isManual: z.boolean().describe('Ticked by a person (custom, course); other kinds complete themselves'),
  })
  .meta({ id: 'OnboardingStep' });

export const ENROLMENT_STATUSES = ['in_progress', 'completed'] as const;

export const enrolmentSchema = z
  .object({
    id: z.string(),
    organisationId: z.string(),
    organisationName: z.string(),
    journeyId: z.string(),
    journeyName: z.string(),
    journeyVersion: z.number().int(),
    status: z.enum(ENROLMENT_STATUSES),
    startedAt: timestamp,
    completedAt: timestamp.nullable(),
    firstDealRegisteredAt: timestamp.nullable(),
    completedSteps: z.number().int(),
    totalSteps: z.number().int(),
    overdueSteps: z.number().int(),
    steps: z.array(enrolmentStepSchema),
  })
  .meta({ id: 'OnboardingEnrolment' });

export type EnrolmentDto = z.infer<typeof enrolmentSchema>;

export function presentEnrolment(
  row: typeof onboardingEnrolments.$inferSelect,
  steps: (typeof onboardingEnrolmentSteps.$inferSelect)[],
  organisationName: string,
  now: Date,
): EnrolmentDto {
  const presented = [...steps]
    .sort((a, b) => a.position - b.position)
    .map((step) => ({
      id: step.id,
      position: step.position,
      kind: step.kind,
      title: step.title,
      description: step.description,
      agreementTemplateId: step.agreementTemplateId,
      dueAt: iso(step.dueAt),
      completedAt: iso(step.completedAt),
      isOverdue: step.completedAt === null && step.dueAt.getTime() < now.getTime(),
      isManual: isManualStep(step.kind),
    }));
  return {
    id: row.id,
    organisationId: row.organisationId,
    organisationName,
    journeyId: row.journeyId,
    journeyName: row.journeyName,
    journeyVersion: row.journeyVersion,
    status: row.completedAt ? 'completed' : 'in_progress',
    startedAt: iso(row.startedAt),
    completedAt: iso(row.completedAt),
    firstDealRegisteredAt: iso(row.firstDealRegisteredAt),
    completedSteps: presented.filter((step) => step.completedAt !== null).length,
    totalSteps: presented.length,
    overdueSteps: presented.filter((step) => step.isOverdue).length,
    steps: presented,
  };
}

export const listEnrolmentsQuery = z.object({
  organisationId: idOf('org').optional().describe('One partner'),
  status: z
    .enum([...ENROLMENT_STATUSES, 'overdue'])
    .optional()
    .describe('`overdue`: in progress with at least one step past its due date'),
});

export const startOnboardingInput = z
  .object({
    organisationId: idOf('org'),
    journeyId: idOf('onbj')
      .optional()
      .describe("Leave out to pick the active journey that best fits the partner's types and tier"),
  })
  .strict();

const rateSchema = z.object({
  started: z.number().int(),
  completed: z.number().int(),
  completionRate: z.number().nullable().describe('completed / started, 0–1; null when none started'),
  medianDaysToComplete: z.number().nullable(),
});

export const onboardingMetricsSchema = z
  .object({
    overall: rateSchema.extend({
      withFirstDeal: z.number().int().describe('Enrolments whose partner registered a deal'),
      medianDaysToFirstDeal: z
        .number()
        .nullable()
        .describe('From the start of onboarding to the first deal registration; null: no deals yet'),
    }),
    journeys: z.array(rateSchema.extend({ journeyId: z.string(), journeyName: z.string() })),
  })
  .meta({ id: 'OnboardingMetrics' });

export type OnboardingMetricsDto = z.infer<typeof onboardingMetricsSchema>;
