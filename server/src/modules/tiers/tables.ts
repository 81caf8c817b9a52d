import {
  boolean,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { workspaces } from '../workspaces/tables.ts';
import type { TierRule } from './partner-metrics.ts';

/**
 * A level of the partner programme (Registered, Silver, Gold) with what it gives and what it takes.
 * Organisations name their tier by `key`; a higher `rank` is a better tier.
 */
export const partnerTiers = pgTable(
  'partner_tiers',
  {
    id: text().primaryKey(),
    workspaceId: text()
      .notNull()
      .references(() => workspaces.id),
    key: text().notNull(),
    name: text().notNull(),
    rank: integer().notNull(),
    description: text(),
    /** `#rrggbb` for the tier's badge; null: the default colour. */
    colour: text(),
    discountPercent: numeric({ precision: 5, scale: 2, mode: 'number' }).notNull().default(0),
    commissionPercent: numeric({ precision: 5, scale: 2, mode: 'number' }).notNull().default(0),
    isMdfEligible: boolean().notNull().default(false),
    /** Most market development funds a partner of this tier may claim per year; null: no cap. */
    mdfCapAmount: numeric({ precision: 14, scale: 2, mode: 'number' }),
    mdfCapCurrency: text(),
    /** Qualification rules over partner metrics; all must hold. No rules: every partner qualifies. */
    rules: jsonb().$type<TierRule[]>().notNull().default([]),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('partner_tiers_key').on(table.workspaceId, table.key),
    uniqueIndex('partner_tiers_rank').on(table.workspaceId, table.rank),
  ],
);

/** The workspace's tiering settings; a missing row means the defaults. */
export const partnerTierSettings = pgTable('partner_tier_settings', {
  workspaceId: text()
    .primaryKey()
    .references(() => workspaces.id),
  /** How long a partner keeps its tier after it stops qualifying, before the downgrade applies. */
  downgradeGraceDays: integer().notNull().default(90),
  version: integer().notNull().default(1),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/**
 * Tiering state of one partner beside its `organisations.tier`: a lock set by hand, a downgrade
 * waiting for its grace period, and the metrics of the last evaluation.
 */
export const partnerTierStates = pgTable('partner_tier_states', {
  organisationId: text().primaryKey(),
  workspaceId: text()
    .notNull()
    .references(() => workspaces.id),
  isLocked: boolean().notNull().default(false),
  pendingTierKey: text(),
  downgradeEffectiveAt: timestamp({ withTimezone: true }),
  lastEvaluatedAt: timestamp({ withTimezone: true }),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** Every change of a partner's tier, with why and the metrics that led to it. Append-only. */
export const partnerTierChanges = pgTable(
  'partner_tier_changes',
  {
    id: text().primaryKey(),
    workspaceId: text()
      .notNull()
      .references(() => workspaces.id),
    organisationId: text().notNull(),
    fromTierKey: text(),
    toTierKey: text(),
    reason: text({ enum: ['evaluation', 'manual', 'grace_expired'] }).notNull(),
    /** What the vendor wrote when setting the tier by hand. */
    note: text(),
    metrics: jsonb().$type<Record<string, number>>(),
    changedById: text(),
    changedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('partner_tier_changes_organisation_idx').on(table.workspaceId, table.organisationId, table.id),
  ],
);
