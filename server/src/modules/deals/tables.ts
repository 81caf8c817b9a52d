import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  real,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { workspaces } from '../workspaces/tables.ts';

export const REGISTRATION_STATUSES = [
  'pending_approval',
  'more_info_requested',
  'approved',
  'rejected',
  'expired',
  'withdrawn',
] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

/** Statuses in which a registration still claims its customer: new registrations collide with them. */
export const ACTIVE_REGISTRATION_STATUSES = [
  'pending_approval',
  'more_info_requested',
  'approved',
] as const satisfies readonly RegistrationStatus[];

export const PIPELINE_STAGES = ['registered', 'qualified', 'proposal', 'negotiation', 'won', 'lost'] as const;
export type PipelineStage = (typeof PIPELINE_STAGES)[number];

export const CONFLICT_OUTCOMES = ['clear', 'possible_conflict', 'conflict'] as const;
export type ConflictOutcome = (typeof CONFLICT_OUTCOMES)[number];

export const CONFLICT_KINDS = ['registration', 'account', 'open_opportunity', 'direct_only_account'] as const;
export type ConflictKind = (typeof CONFLICT_KINDS)[number];

export const PARTNER_DEAL_ROLES = ['sourcing', 'influencing', 'fulfilling', 'isv', 'si'] as const;
export type PartnerDealRole = (typeof PARTNER_DEAL_ROLES)[number];

/**
 * A partner's claim on a customer opportunity. `registeredAt` is taken by the database after the
 * claim's lock is held, so among colliding registrations the earliest committed one is first-in.
 */
export const dealRegistrations = pgTable(
  'deal_registrations',
  {
    id: text().primaryKey(),
    workspaceId: text()
      .notNull()
      .references(() => workspaces.id),
    /** Human reference shown as `DR-<number>`. */
    number: bigint({ mode: 'number' }).generatedAlwaysAsIdentity().notNull(),
    /** The registering partner. */
    organisationId: text().notNull(),
    /** The partner's region when it registered; approval levels and regional managers route on it. */
    region: text(),
    registeredById: text(),
    customerName: text().notNull(),
    normalisedCustomerName: text().notNull(),
    /** Registrable domain from the customer's web address or contact e-mail. */
    customerDomain: text(),
    contactName: text(),
    contactEmail: text(),
    /** ISO 3166-1 alpha-2. */
    country: text().notNull(),
    amount: numeric({ precision: 14, scale: 2, mode: 'number' }).notNull(),
    currency: text().notNull(),
    expectedCloseDate: date({ mode: 'string' }).notNull(),
    products: text().array().notNull().default(sql`'{}'`),
    notes: text(),
    status: text({ enum: REGISTRATION_STATUSES }).notNull(),
    stage: text({ enum: PIPELINE_STAGES }).notNull().default('registered'),
    conflictOutcome: text({ enum: CONFLICT_OUTCOMES }).notNull(),
    /** False when an earlier active registration already claimed this customer. */
    isFirstIn: boolean().notNull(),
    /** The earlier registration this one collides with (vendor eyes only). */
    firstInRegistrationId: text(),
    /**
     * The database's clock when the row is written, which is after the claim's lock is held: the
     * order registrations committed in, to the microsecond.
     */
    registeredAt: timestamp({ withTimezone: true, precision: 6 }).notNull().default(sql`clock_timestamp()`),
    /** Approval level waiting for a decision (1-based); null once decided. */
    approvalLevel: integer(),
    approvalDueAt: timestamp({ withTimezone: true }),
    decidedAt: timestamp({ withTimezone: true }),
    decidedById: text(),
    /** Why it was rejected, or what more information the approver asked for. */
    decisionReason: text(),
    protectionEndsAt: timestamp({ withTimezone: true }),
    extensionCount: integer().notNull().default(0),
    /** Anything the partner or vendor did to it; stale-deal alerts count from here. */
    lastActivityAt: timestamp({ withTimezone: true }).notNull(),
    staleAlertedAt: timestamp({ withTimezone: true }),
    /** When the partner was told protection ends soon; again after an extension moves the end. */
    protectionRemindedAt: timestamp({ withTimezone: true }),
    closedAt: timestamp({ withTimezone: true }),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('deal_registrations_number').on(table.number),
    index('deal_registrations_list_idx').on(table.workspaceId, table.id),
    index('deal_registrations_organisation_idx').on(table.workspaceId, table.organisationId, table.id),
    index('deal_registrations_queue_idx')
      .on(table.workspaceId, table.approvalDueAt)
      .where(sql`status IN ('pending_approval', 'more_info_requested')`),
    index('deal_registrations_active_domain_idx')
      .on(table.workspaceId, table.customerDomain)
      .where(sql`status IN ('pending_approval', 'more_info_requested', 'approved')`),
    index('deal_registrations_active_name_idx')
      .on(table.workspaceId, table.normalisedCustomerName)
      .where(sql`status IN ('pending_approval', 'more_info_requested', 'approved')`),
    index('deal_registrations_protection_idx')
      .on(table.workspaceId, table.protectionEndsAt)
      .where(sql`status = 'approved'`),
  ],
);

/**
 * What a registration collided with when it was submitted. `reason` is written for the partner
 * and never names another partner or its deal; the matched ids are for vendor staff.
 */
export const dealRegistrationConflicts = pgTable(
  'deal_registration_conflicts',
  {
    id: text().primaryKey(),
    workspaceId: text()
      .notNull()
      .references(() => workspaces.id),
    /** The registering partner, so it sees the conflicts of its own registration. */
    organisationId: text().notNull(),
    registrationId: text()
      .notNull()
      .references(() => dealRegistrations.id),
    kind: text({ enum: CONFLICT_KINDS }).notNull(),
    /** 0–1: how sure the match is. */
    score: real().notNull(),
    /** Which signals matched: `domain`, `name`, `similar_name`, `country`. */
    signals: text().array().notNull(),
    reason: text().notNull(),
    matchedRegistrationId: text(),
    matchedAccountId: text(),
    /** Whether the match alone makes the registration a conflict (else a possible conflict). */
    isBlocking: boolean().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('deal_registration_conflicts_registration_idx').on(table.registrationId),
    index('deal_registration_conflicts_matched_idx').on(table.matchedRegistrationId),
  ],
);

export type ApprovalLevelPolicy = {
  /** Who decides at this level. */
  role: 'regional_manager' | 'channel_manager';
  /** The level applies only to registrations of at least this amount (in the registration's currency). */
  minimumAmount: number;
  /** Regions the level applies to; empty: every region. */
  regions: string[];
  slaHours: number;
};

/** The workspace's deal registration programme; a missing row means the defaults. */
export const dealRegistrationSettings = pgTable('deal_registration_settings', {
  workspaceId: text()
    .primaryKey()
    .references(() => workspaces.id),
  /** The currency the amounts here are in; registrations in others are converted by `exchangeRates`. */
  currency: text().notNull().default('EUR'),
  /** Units of each other currency to one unit of `currency`, kept by the channel team: {"USD": 1.08}. */
  exchangeRates: jsonb().$type<Record<string, number>>().notNull().default({}),
  /** Clear registrations under this amount are approved at once; null: never auto-approve. */
  autoApproveMaxAmount: numeric({ precision: 14, scale: 2, mode: 'number' }),
  approvalLevels: jsonb().$type<ApprovalLevelPolicy[]>().notNull(),
  /** Hours before an approval's SLA runs out when the approver is reminded. */
  reminderHoursBeforeDue: integer().notNull().default(4),
  protectionDays: integer().notNull().default(90),
  extensionDays: integer().notNull().default(30),
  maxExtensions: integer().notNull().default(2),
  staleAfterDays: integer().notNull().default(30),
  /** The rules of engagement partners read in the portal (Markdown). */
  rulesOfEngagement: text(),
  rulesPublishedAt: timestamp({ withTimezone: true }),
  version: integer().notNull().default(1),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** One approval level of one registration: when it is due, reminded, escalated and decided. */
export const dealRegistrationApprovals = pgTable(
  'deal_registration_approvals',
  {
    id: text().primaryKey(),
    workspaceId: text()
      .notNull()
      .references(() => workspaces.id),
    organisationId: text().notNull(),
    registrationId: text()
      .notNull()
      .references(() => dealRegistrations.id),
    level: integer().notNull(),
    role: text({ enum: ['regional_manager', 'channel_manager'] }).notNull(),
    dueAt: timestamp({ withTimezone: true }).notNull(),
    remindedAt: timestamp({ withTimezone: true }),
    escalatedAt: timestamp({ withTimezone: true }),
    decision: text({ enum: ['approved', 'rejected', 'more_info_requested', 'auto_approved'] }),
    decidedById: text(),
    decidedAt: timestamp({ withTimezone: true }),
    reason: text(),
    /** The partner's answer when the decision asked for more information (`reason` holds the question). */
    answer: text(),
    answeredById: text(),
    answeredAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('deal_registration_approvals_registration_idx').on(table.registrationId, table.level),
    index('deal_registration_approvals_open_idx')
      .on(table.workspaceId, table.dueAt)
      .where(sql`decided_at IS NULL`),
  ],
);

/** A partner asking for more protection time on an approved registration. */
export const dealRegistrationExtensions = pgTable(
  'deal_registration_extensions',
  {
    id: text().primaryKey(),
    workspaceId: text()
      .notNull()
      .references(() => workspaces.id),
    organisationId: text().notNull(),
    registrationId: text()
      .notNull()
      .references(() => dealRegistrations.id),
    reason: text().notNull(),
    requestedDays: integer().notNull(),
    status: text({ enum: ['pending', 'approved', 'rejected'] })
      .notNull()
      .default('pending'),
    requestedById: text(),
    decidedById: text(),
    decidedAt: timestamp({ withTimezone: true }),
    decisionNote: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('deal_registration_extensions_registration_idx').on(table.registrationId),
    uniqueIndex('deal_registration_extensions_one_pending')
      .on(table.registrationId)
      .where(sql`status = 'pending'`),
  ],
);

/**
 * A partner or vendor rep contesting a decision or a conflict. `organisationId` is the partner
 * whose registration is disputed; the outcome updates the registrations involved.
 */
export const dealDisputes = pgTable(
  'deal_disputes',
  {
    id: text().primaryKey(),
    workspaceId: text()
      .notNull()
      .references(() => workspaces.id),
    organisationId: text().notNull(),
    registrationId: text()
      .notNull()
      .references(() => dealRegistrations.id),
    /** The other registration, when the dispute is about who was first. */
    contestedRegistrationId: text(),
    subject: text({ enum: ['decision', 'conflict'] }).notNull(),
    reason: text().notNull(),
    /** Links to evidence given when the dispute was opened. */
    evidenceUrls: text().array().notNull().default(sql`'{}'`),
    status: text({ enum: ['open', 'upheld', 'dismissed'] })
      .notNull()
      .default('open'),
    raisedById: text(),
    decidedById: text(),
    decidedAt: timestamp({ withTimezone: true }),
    rationale: text(),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('deal_disputes_list_idx').on(table.workspaceId, table.id),
    index('deal_disputes_registration_idx').on(table.registrationId),
  ],
);

/** Evidence and discussion on a dispute; append-only. */
export const dealDisputeComments = pgTable(
  'deal_dispute_comments',
  {
    id: text().primaryKey(),
    workspaceId: text()
      .notNull()
      .references(() => workspaces.id),
    organisationId: text().notNull(),
    disputeId: text()
      .notNull()
      .references(() => dealDisputes.id),
    authorId: text(),
    /** Whether the author is vendor staff; vendor-internal comments are not shown to the partner. */
    isVendorInternal: boolean().notNull().default(false),
    body: text().notNull(),
    /** Links to evidence (e-mails, meeting notes, CRM records). */
    evidenceUrls: text().array().notNull().default(sql`'{}'`),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('deal_dispute_comments_dispute_idx').on(table.disputeId, table.id)],
);

/**
 * Partners on a multi-partner deal with their role and credit share; the registering partner is
 * one of them. Shares of a registration sum to 100.
 */
export const dealRegistrationPartners = pgTable(
  'deal_registration_partners',
  {
    id: text().primaryKey(),
    workspaceId: text()
      .notNull()
      .references(() => workspaces.id),
    /** The partner this line credits; it sees its own line. */
    organisationId: text().notNull(),
    registrationId: text()
      .notNull()
      .references(() => dealRegistrations.id),
    role: text({ enum: PARTNER_DEAL_ROLES }).notNull(),
    creditPercent: numeric({ precision: 5, scale: 2, mode: 'number' }).notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('deal_registration_partners_one_line').on(table.registrationId, table.organisationId),
  ],
);

/** Every pipeline stage a registration passed through, for conversion and velocity. */
export const dealStageChanges = pgTable(
  'deal_stage_changes',
  {
    id: text().primaryKey(),
    workspaceId: text()
      .notNull()
      .references(() => workspaces.id),
    organisationId: text().notNull(),
    registrationId: text()
      .notNull()
      .references(() => dealRegistrations.id),
    fromStage: text({ enum: PIPELINE_STAGES }),
    toStage: text({ enum: PIPELINE_STAGES }).notNull(),
    amount: numeric({ precision: 14, scale: 2, mode: 'number' }),
    /** Why the deal was lost, as the person closing it said. */
    lostReason: text(),
    changedById: text(),
    changedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('deal_stage_changes_registration_idx').on(table.workspaceId, table.registrationId)],
);
