import { z } from 'zod';
import {
  countryField,
  domainField,
  emailField,
  iso,
  nameField,
  regionField,
  timestamp,
} from '../../platform/http/schemas.ts';
import { organisationSchema, profileInput, tierField } from '../organisations/schemas.ts';
import { IMPORT_FIELDS, MERGEABLE_FIELDS } from './import-fields.ts';
import { IMPORT_STATUSES, type partnerImports, ROW_DECISIONS, ROW_OUTCOMES, ROW_STATUSES } from './tables.ts';

/** Uploads above this are refused with 413 before anything is stored. */
export const MAX_IMPORT_FILE_BYTES = 50 * 1024 * 1024;
/** The JSON body that carries the largest file, base64-encoded, with room for its name. */
export const MAX_IMPORT_BODY_BYTES = Math.ceil(MAX_IMPORT_FILE_BYTES / 3) * 4 + 64 * 1024;

export const importFieldSchema = z.enum(IMPORT_FIELDS);
export const mergeableFieldSchema = z.enum(MERGEABLE_FIELDS);

/**
 * One imported partner, checked by the organisation module's own field rules, so a row is
 * accepted exactly when the same values typed into the profile form would be.
 */
export const importedPartnerSchema = z.object({
  name: nameField,
  legalName: nameField.optional(),
  websiteDomain: domainField.optional(),
  country: countryField.optional(),
  region: regionField.optional(),
  partnerTypes: profileInput.shape.partnerTypes.optional(),
  tier: tierField.optional(),
  industries: profileInput.shape.industries.optional(),
  certifications: profileInput.shape.certifications.optional(),
  capacity: profileInput.shape.capacity.unwrap().optional(),
  street: profileInput.shape.street.unwrap().optional(),
  city: profileInput.shape.city.unwrap().optional(),
  postalCode: profileInput.shape.postalCode.unwrap().optional(),
  stateProvince: profileInput.shape.stateProvince.unwrap().optional(),
  contactName: nameField.optional(),
  contactEmail: emailField.optional(),
});
export type ImportedPartner = z.infer<typeof importedPartnerSchema>;

export const uploadPartnerImportInput = z
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
      .describe('The file itself, base64-encoded; at most 50 MB once decoded'),
  })
  .strict();

export const confirmImportMappingInput = z
  .object({
    mapping: z
      .record(z.string().max(200), importFieldSchema)
      .describe('Column header → profile field; columns left out are not imported'),
  })
  .strict();

export const applyImportDecisionsInput = z
  .object({
    decisions: z
      .array(
        z
          .object({
            rowNumber: z.number().int().min(2).max(10_000_000),
            decision: z.enum(ROW_DECISIONS),
            overwriteFields: z
              .array(mergeableFieldSchema)
              .max(MERGEABLE_FIELDS.length)
              .optional()
              .describe('For a merge: fields the file overwrites; the others only fill empty ones'),
          })
          .strict(),
      )
      .max(10_000)
      .describe('Decisions for proposed duplicates; rows without one wait for a later decision'),
  })
  .strict();

export const importRowsQuery = z.object({
  status: z.enum(ROW_STATUSES).optional(),
  isPending: z.enum(['true', 'false']).optional().describe('true: only rows still waiting for a decision'),
});

export const partnerImportSchema = z
  .object({
    id: z.string(),
    fileName: z.string(),
    format: z.enum(['csv', 'xlsx']),
    fileSize: z.number().int(),
    status: z.enum(IMPORT_STATUSES),
    columns: z.array(z.string()),
    mapping: z.record(z.string(), importFieldSchema),
    rowCount: z.number().int().nullable(),
    progress: z.object({ done: z.number().int(), total: z.number().int() }),
    counts: z.object({
      valid: z.number().int(),
      invalid: z.number().int(),
      duplicates: z.number().int(),
      created: z.number().int(),
      merged: z.number().int(),
      skipped: z.number().int(),
    }),
    pendingDuplicates: z.number().int().nullable().describe('Duplicates still waiting for a decision'),
    failureReason: z.string().nullable(),
    createdById: z.string().nullable().describe('Null when started from the command line'),
    version: z.number().int(),
    createdAt: timestamp,
    updatedAt: timestamp,
    completedAt: timestamp.nullable(),
  })
  .meta({ id: 'PartnerImport' });
export type PartnerImportDto = z.infer<typeof partnerImportSchema>;

export const MATCH_REASONS = [
  'same_domain',
  'same_name',
  'similar_name',
  'same_domain_in_file',
  'same_name_in_file',
] as const;

export const importRowSchema = z
  .object({
    rowNumber: z.number().int(),
    status: z.enum(ROW_STATUSES),
    values: z.record(z.string(), z.unknown()).nullable(),
    cells: z.array(z.string()).nullable().describe('The row as in the file, for invalid rows'),
    errors: z.array(z.object({ field: z.string(), column: z.string().nullable(), message: z.string() })),
    match: z
      .object({
        reason: z.enum(MATCH_REASONS),
        score: z.number().nullable(),
        candidate: organisationSchema.nullable(),
        duplicateOfRow: z.number().int().nullable(),
      })
      .nullable(),
    decision: z.enum(ROW_DECISIONS).nullable(),
    overwriteFields: z.array(mergeableFieldSchema).nullable(),
    outcome: z.enum(ROW_OUTCOMES).nullable(),
    resultId: z.string().nullable(),
  })
  .meta({ id: 'PartnerImportRow' });
export type ImportRowDto = z.infer<typeof importRowSchema>;

export const duplicateCandidatesQuery = z.object({
  name: nameField.describe('The new partner’s company name'),
  domain: z.string().trim().max(2000).optional().describe('Its website or domain, in any form'),
});

export const duplicateCandidateSchema = z
  .object({
    organisation: organisationSchema,
    reason: z.enum(['same_domain', 'same_name', 'similar_name']),
    score: z.number().describe('1 for exact matches, the trigram similarity of the names otherwise'),
  })
  .meta({ id: 'DuplicateCandidate' });

export function presentPartnerImport(
  row: typeof partnerImports.$inferSelect,
  pendingDuplicates: number | null = null,
): PartnerImportDto {
  return {
    id: row.id,
    fileName: row.fileName,
    format: row.format,
    fileSize: row.fileSize,
    status: row.status,
    columns: row.columns,
    mapping: row.mapping as PartnerImportDto['mapping'],
    rowCount: row.rowCount,
    progress: { done: row.progressDone, total: row.progressTotal },
    counts: {
      valid: row.validRows,
      invalid: row.invalidRows,
      duplicates: row.duplicateRows,
      created: row.createdCount,
      merged: row.mergedCount,
      skipped: row.skippedCount,
    },
    pendingDuplicates,
    failureReason: row.failureReason,
    createdById: row.createdById,
    version: row.version,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
    completedAt: iso(row.completedAt),
  };
}
