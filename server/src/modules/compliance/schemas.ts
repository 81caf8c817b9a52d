import { z } from 'zod';
import { iso, nameField, regionField, timestamp } from '../../platform/http/schemas.ts';
import { PARTNER_TYPES } from '../organisations/partner-types.ts';
import { MAX_DOCUMENT_BYTES } from './document-file.ts';
import type {
  complianceDocuments,
  complianceRequirements,
  sanctionsHits,
  sanctionsListUploads,
} from './tables.ts';

export const DOCUMENT_STATUSES = ['submitted', 'approved', 'rejected', 'expired', 'superseded'] as const;
export const REQUIREMENT_STATES = ['met', 'expiring', 'expired', 'submitted', 'rejected', 'missing'] as const;
export const HIT_STATUSES = ['open', 'cleared', 'confirmed'] as const;

const idOf = (prefix: string) =>
  z.string().regex(new RegExp(`^${prefix}_[0-9a-z]{26}$`), `must be an id starting with ${prefix}_`);
const dateField = z.iso.date({ message: 'must be a date such as 2026-01-31' });

export const complianceRequirementSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string().nullable(),
    regions: z.array(z.string()).describe('Regions it applies to; empty: every region'),
    partnerTypes: z.array(z.enum(PARTNER_TYPES)).describe('Partner types it applies to; empty: every type'),
    isMandatory: z.boolean().describe('A partner missing it, or holding an expired one, is non-compliant'),
    isDocumentRequired: z.boolean().describe('False: the partner attests without a file'),
    validityMonths: z
      .number()
      .int()
      .nullable()
      .describe('Months an approved submission stays valid; null: no expiry'),
    reminderDaysBeforeExpiry: z
      .number()
      .int()
      .describe("Days before expiry the partner's admins are reminded"),
    version: z.number().int(),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .meta({ id: 'ComplianceRequirement' });

export type ComplianceRequirementDto = z.infer<typeof complianceRequirementSchema>;

export function presentRequirement(
  row: typeof complianceRequirements.$inferSelect,
): ComplianceRequirementDto {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    regions: row.regions,
    partnerTypes: row.partnerTypes,
    isMandatory: row.isMandatory,
    isDocumentRequired: row.isDocumentRequired,
    validityMonths: row.validityMonths,
    reminderDaysBeforeExpiry: row.reminderDaysBeforeExpiry,
    version: row.version,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  };
}

const requirementFields = {
  name: nameField,
  description: z.string().trim().max(2000).nullable(),
  regions: z.array(regionField).max(50),
  partnerTypes: z.array(z.enum(PARTNER_TYPES)).max(PARTNER_TYPES.length),
  isMandatory: z.boolean(),
  isDocumentRequired: z.boolean(),
  validityMonths: z
    .number()
    .int('must be a whole number of months')
    .min(1, 'must be at least 1 month')
    .max(120, 'must be at most 120 months')
    .nullable(),
  reminderDaysBeforeExpiry: z
    .number()
    .int('must be a whole number of days')
    .min(0, 'must not be negative')
    .max(365, 'must be at most 365 days'),
};

export const createRequirementInput = z
  .object({
    name: requirementFields.name,
    description: requirementFields.description.optional(),
    regions: requirementFields.regions.default([]),
    partnerTypes: requirementFields.partnerTypes.default([]),
    isMandatory: requirementFields.isMandatory.default(true),
    isDocumentRequired: requirementFields.isDocumentRequired.default(true),
    validityMonths: requirementFields.validityMonths.default(null),
    reminderDaysBeforeExpiry: requirementFields.reminderDaysBeforeExpiry.default(30),
  })
  .strict();

export const updateRequirementInput = z
  .object(requirementFields)
  .partial()
  .strict()
  .refine((input) => Object.keys(input).length > 0, { message: 'send at least one field to change' });

export const complianceDocumentSchema = z
  .object({
    id: z.string(),
    organisationId: z.string(),
    requirementId: z.string(),
    status: z.enum(DOCUMENT_STATUSES),
    fileName: z.string().nullable().describe('Null for an attestation without a file'),
    contentType: z.string().nullable(),
    sizeBytes: z.number().int().nullable(),
    sha256: z.string().nullable().describe('SHA-256 (hex) of the file; compare it with the download'),
    issuedOn: z.string().nullable(),
    expiresOn: z.string().nullable().describe('The first day it is no longer valid; null: no expiry'),
    submittedById: z.string(),
    submittedAt: timestamp,
    reviewedById: z.string().nullable(),
    reviewedAt: timestamp.nullable(),
    rejectionReason: z.string().nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'ComplianceDocument' });

export type ComplianceDocumentDto = z.infer<typeof complianceDocumentSchema>;
export type DocumentRow = Omit<typeof complianceDocuments.$inferSelect, 'content'>;

export function presentDocument(row: DocumentRow): ComplianceDocumentDto {
  return {
    id: row.id,
    organisationId: row.organisationId,
    requirementId: row.requirementId,
    status: row.status,
    fileName: row.fileName,
    contentType: row.contentType,
    sizeBytes: row.sizeBytes,
    sha256: row.sha256,
    issuedOn: row.issuedOn,
    expiresOn: row.expiresOn,
    submittedById: row.submittedById,
    submittedAt: iso(row.submittedAt),
    reviewedById: row.reviewedById,
    reviewedAt: iso(row.reviewedAt),
    rejectionReason: row.rejectionReason,
    version: row.version,
  };
}

// Base64 makes a file a third larger; the exact byte limit is checked after decoding.
const MAX_DATA_URL_LENGTH = Math.ceil((MAX_DOCUMENT_BYTES * 4) / 3) + 100;
export const DOCUMENT_BODY_LIMIT = MAX_DATA_URL_LENGTH + 64 * 1024;

export const submitDocumentInput = z
  .object({
    requirementId: idOf('creq'),
    file: z
      .string()
      .max(MAX_DATA_URL_LENGTH, 'must be at most 10 MB')
      .optional()
      .describe('The file as a data URL (`data:application/pdf;base64,…`): PDF, PNG or JPEG, at most 10 MB'),
    fileName: z.string().trim().min(1, 'must not be empty').max(255).optional(),
    issuedOn: dateField.optional().describe('Defaults to today'),
    expiresOn: dateField
      .optional()
      .describe("Defaults to the issue date plus the requirement's validity; none when it has no validity"),
  })
  .strict();

export const rejectDocumentInput = z
  .object({ reason: z.string().trim().min(1, 'say why, so the partner can fix it').max(2000) })
  .strict();

export const listDocumentsQuery = z.object({
  organisationId: idOf('org').optional().describe('Vendor only: one partner'),
  requirementId: idOf('creq').optional(),
  status: z.enum(DOCUMENT_STATUSES).optional(),
});

export const requirementComplianceSchema = z
  .object({
    requirement: complianceRequirementSchema,
    state: z
      .enum(REQUIREMENT_STATES)
      .describe('met/expiring: an approved, unexpired submission; otherwise what is missing'),
    isMet: z.boolean(),
    expiresOn: z.string().nullable().describe('Of the approved submission'),
    approvedDocumentId: z.string().nullable(),
    latestDocument: complianceDocumentSchema
      .nullable()
      .describe('The newest submission, whatever its status'),
  })
  .meta({ id: 'RequirementCompliance' });

export const partnerComplianceSchema = z
  .object({
    organisationId: z.string(),
    organisationName: z.string(),
    region: z.string().nullable(),
    isCompliant: z
      .boolean()
      .describe('Every mandatory requirement that applies is met, and no compliance hold is on the partner'),
    isOnHold: z.boolean().describe('A vendor confirmed a sanctions match for this partner'),
    unmetMandatoryCount: z.number().int(),
    requirements: z.array(requirementComplianceSchema),
  })
  .meta({ id: 'PartnerCompliance' });

export type PartnerComplianceDto = z.infer<typeof partnerComplianceSchema>;

export const listPartnerComplianceQuery = z.object({
  status: z.enum(['compliant', 'non_compliant']).optional(),
});

export const sanctionsListSchema = z
  .object({
    upload: z
      .object({
        id: z.string(),
        fileName: z.string(),
        entryCount: z.number().int(),
        matchThreshold: z.number().describe('How alike a partner name must be to be a hit (0–1)'),
        uploadedById: z.string().nullable(),
        uploadedAt: timestamp,
      })
      .nullable()
      .describe('The list partners are screened against; null before the first upload'),
  })
  .meta({ id: 'SanctionsList' });

export function presentSanctionsList(row: typeof sanctionsListUploads.$inferSelect | undefined) {
  return {
    upload: row
      ? {
          id: row.id,
          fileName: row.fileName,
          entryCount: row.entryCount,
          matchThreshold: Math.round(row.matchThreshold * 100) / 100,
          uploadedById: row.uploadedById,
          uploadedAt: iso(row.uploadedAt),
        }
      : null,
  };
}

export const MAX_SANCTIONS_CSV_LENGTH = 5_000_000;
export const SANCTIONS_BODY_LIMIT = MAX_SANCTIONS_CSV_LENGTH * 2;

export const uploadSanctionsListInput = z
  .object({
    fileName: z.string().trim().min(1, 'must not be empty').max(255),
    csv: z
      .string()
      .min(1, 'must not be empty')
      .max(MAX_SANCTIONS_CSV_LENGTH, 'must be at most 5 MB')
      .describe('CSV with a header row: name, aliases (separated by ";"), country, source, reference'),
    matchThreshold: z
      .number()
      .min(0.3, 'must be at least 0.3, or every name would match')
      .max(1, 'must be at most 1 (identical names only)')
      .optional()
      .describe('Trigram similarity (0–1) of normalised names from which a partner is a hit; default 0.6'),
  })
  .strict();

export const sanctionsHitSchema = z
  .object({
    id: z.string(),
    organisationId: z.string(),
    organisationName: z.string(),
    screenedName: z.string().describe("The partner's name that matched"),
    matchedName: z.string().describe("The list's name or alias it matched"),
    score: z.number().describe('Trigram similarity of the normalised names, 0–1'),
    entryName: z.string(),
    entryAliases: z.array(z.string()),
    entryCountry: z.string().nullable(),
    entrySource: z.string().nullable(),
    entryReference: z.string().nullable(),
    status: z.enum(HIT_STATUSES),
    resolutionNote: z.string().nullable(),
    resolvedById: z.string().nullable(),
    resolvedAt: timestamp.nullable(),
    createdAt: timestamp,
  })
  .meta({ id: 'SanctionsHit' });

export type SanctionsHitDto = z.infer<typeof sanctionsHitSchema>;

export function presentHit(
  row: typeof sanctionsHits.$inferSelect,
  organisationName: string,
): SanctionsHitDto {
  return {
    id: row.id,
    organisationId: row.organisationId,
    organisationName,
    screenedName: row.screenedName,
    matchedName: row.matchedName,
    score: Math.round(row.score * 1000) / 1000,
    entryName: row.entryName,
    entryAliases: row.entryAliases,
    entryCountry: row.entryCountry,
    entrySource: row.entrySource,
    entryReference: row.entryReference,
    status: row.status,
    resolutionNote: row.resolutionNote,
    resolvedById: row.resolvedById,
    resolvedAt: iso(row.resolvedAt),
    createdAt: iso(row.createdAt),
  };
}

export const listHitsQuery = z.object({
  status: z.enum(HIT_STATUSES).optional(),
  organisationId: idOf('org').optional(),
});

export const resolveHitInput = z
  .object({ note: z.string().trim().min(1, 'say why, for the audit trail').max(2000) })
  .strict();

export const screeningResultSchema = z
  .object({
    organisationId: z.string(),
    screenedNames: z.array(z.string()),
    hits: z.array(sanctionsHitSchema).describe('Every hit on this partner, new and earlier'),
  })
  .meta({ id: 'SanctionsScreeningResult' });
