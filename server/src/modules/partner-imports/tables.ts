import { sql } from 'drizzle-orm';
import {
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import { workspaces } from '../workspaces/tables.ts';

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

export const IMPORT_STATUSES = [
  'uploaded',
  'mapped',
  'validating',
  'ready_for_review',
  'importing',
  'completed',
  'failed',
] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/**
 * One upload of a partner list and where its processing stands. `checkpointRow` is the last file
 * row the current phase has committed: a worker that dies resumes after it, never before.
 * Owned by the vendor's organisation, so row-level security keeps every partner away.
 */
export const partnerImports = pgTable(
  'partner_imports',
  {
    id: text().primaryKey(),
    workspaceId: text()
      .notNull()
      .references(() => workspaces.id),
    organisationId: text().notNull(),
    /** Null when started from the command line. */
    createdById: text(),
    fileName: text().notNull(),
    format: text({ enum: ['csv', 'xlsx'] }).notNull(),
    fileSize: integer().notNull(),
    status: text({ enum: IMPORT_STATUSES }).notNull().default('uploaded'),
    /** The file's header row, in order. */
    columns: text().array().notNull().default(sql`'{}'`),
    /** Column header → profile field (absent: not imported). */
    mapping: jsonb().$type<Record<string, string>>().notNull().default({}),
    rowCount: integer(),
    checkpointRow: integer().notNull().default(0),
    progressDone: integer().notNull().default(0),
    progressTotal: integer().notNull().default(0),
    validRows: integer().notNull().default(0),
    invalidRows: integer().notNull().default(0),
    duplicateRows: integer().notNull().default(0),
    createdCount: integer().notNull().default(0),
    mergedCount: integer().notNull().default(0),
    skippedCount: integer().notNull().default(0),
    failureReason: text(),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    completedAt: timestamp({ withTimezone: true }),
  },
  (table) => [index('partner_imports_workspace_idx').on(table.workspaceId, table.id)],
);

/** The uploaded bytes, apart from the job record so listing imports never reads them. */
export const partnerImportFiles = pgTable('partner_import_files', {
  importId: text().primaryKey(),
  workspaceId: text()
    .notNull()
    .references(() => workspaces.id),
  organisationId: text().notNull(),
  content: bytea().notNull(),
});

export const ROW_STATUSES = ['valid', 'invalid', 'duplicate'] as const;
export const ROW_DECISIONS = ['create', 'merge', 'skip'] as const;
export const ROW_OUTCOMES = ['created', 'merged', 'skipped'] as const;
export type RowDecision = (typeof ROW_DECISIONS)[number];

/**
 * One data row of the file after validation: its checked values (or, when invalid, its cells
 * and the problems), the duplicate it resembles, the person's decision and what came of it.
 * Keyed by file row number, so a resumed validation cannot write a row twice.
 */
export const partnerImportRows = pgTable(
  'partner_import_rows',
  {
    importId: text().notNull(),
    rowNumber: integer().notNull(),
    workspaceId: text()
      .notNull()
      .references(() => workspaces.id),
    organisationId: text().notNull(),
    status: text({ enum: ROW_STATUSES }).notNull(),
    values: jsonb().$type<Record<string, unknown>>(),
    cells: text().array(),
    /** What is wrong with an invalid row: the profile field, its column in the file, and why. */
    errors: jsonb().$type<{ field: string; column: string | null; message: string }[]>(),
    normalisedName: text(),
    normalisedDomain: text(),
    candidateId: text(),
    duplicateOfRow: integer(),
    matchReason: text({
      enum: ['same_domain', 'same_name', 'similar_name', 'same_domain_in_file', 'same_name_in_file'],
    }),
    matchScore: real(),
    decision: text({ enum: ROW_DECISIONS }),
    /** Fields a merge overwrites; the others are only filled where the partner has none. */
    overwriteFields: text().array(),
    outcome: text({ enum: ROW_OUTCOMES }),
    resultId: text(),
  },
  (table) => [
    primaryKey({ columns: [table.importId, table.rowNumber] }),
    index('partner_import_rows_status_idx').on(table.importId, table.status, table.rowNumber),
  ],
);
