import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { PARTNER_TYPES } from '../organisations/partner-types.ts';
import { workspaces } from '../workspaces/tables.ts';
import { STEP_KINDS } from './step-kinds.ts';

/** A step as the vendor defines it in a journey; copied into each enrolment when it starts. */
export type JourneyStep = {
  title: string;
  kind: (typeof STEP_KINDS)[number];
  description: string | null;
  /** Days after the journey starts by which the step should be done. */
  dueAfterDays: number;
  /** accept_agreement only: this agreement; null means every mandatory agreement. */
  agreementTemplateId: string | null;
};

/**
 * An onboarding journey for some partner types and tiers (empty lists: all), as ordered steps.
 * Editing a journey bumps its version; running enrolments keep the steps they started with.
 */
export const onboardingJourneys = pgTable(
  'onboarding_journeys',
  {
    id: text().primaryKey(),
    workspaceId: text()
      .notNull()
      .references(() => workspaces.id),
    name: text().notNull(),
    description: text(),
    partnerTypes: text({ enum: PARTNER_TYPES }).array().notNull().default([]),
    tiers: text().array().notNull().default([]),
    steps: jsonb().$type<JourneyStep[]>().notNull(),
    status: text({ enum: ['active', 'archived'] })
      .notNull()
      .default('active'),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('onboarding_journeys_workspace_idx').on(table.workspaceId, table.id)],
);

/** One partner going through a journey: a snapshot of the journey as it was when it started. */
export const onboardingEnrolments = pgTable(
  'onboarding_enrolments',
  {
    id: text().primaryKey(),
    workspaceId: text()
      .notNull()
      .references(() => workspaces.id),
    organisationId: text().notNull(),
    journeyId: text().notNull(),
    journeyName: text().notNull(),
    journeyVersion: integer().notNull(),
    /** Who started it by hand; null when an approved application started it. */
    startedById: text(),
    startedAt: timestamp({ withTimezone: true }).notNull(),
    completedAt: timestamp({ withTimezone: true }),
    /** Set by the partner's first `deal_registration.created`: time-to-first-deal. */
    firstDealRegisteredAt: timestamp({ withTimezone: true }),
    /** The 30/60/90-day milestones already announced, so a retried job announces each once. */
    milestoneDays: integer().array().notNull().default(sql`'{}'`),
  },
  (table) => [
    index('onboarding_enrolments_workspace_idx').on(table.workspaceId, table.id),
    index('onboarding_enrolments_organisation_idx').on(table.workspaceId, table.organisationId),
    // One running journey per partner; a finished one may be followed by another.
    uniqueIndex('onboarding_enrolments_one_running')
      .on(table.organisationId)
      .where(sql`completed_at IS NULL`),
  ],
);

/** The enrolment's own copy of each step, with its due date and when it was done. */
export const onboardingEnrolmentSteps = pgTable(
  'onboarding_enrolment_steps',
  {
    id: text().primaryKey(),
    workspaceId: text()
      .notNull()
      .references(() => workspaces.id),
    organisationId: text().notNull(),
    enrolmentId: text().notNull(),
    position: integer().notNull(),
    kind: text({ enum: STEP_KINDS }).notNull(),
    title: text().notNull(),
    description: text(),
    agreementTemplateId: text(),
    dueAt: timestamp({ withTimezone: true }).notNull(),
    completedAt: timestamp({ withTimezone: true }),
    /** The person who ticked a manual step; null when the partner's own action completed it. */
    completedById: text(),
  },
  (table) => [
    uniqueIndex('onboarding_enrolment_steps_position').on(table.enrolmentId, table.position),
    index('onboarding_enrolment_steps_open_idx')
      .on(table.workspaceId, table.organisationId)
      .where(sql`completed_at IS NULL`),
  ],
);
