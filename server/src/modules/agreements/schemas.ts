import { z } from 'zod';
import { iso, nameField, regionField, timestamp } from '../../platform/http/schemas.ts';
import { PARTNER_TYPES } from '../organisations/partner-types.ts';
import type { agreementAcceptances, agreementTemplates, agreementVersions } from './tables.ts';

export const TEMPLATE_STATUSES = ['active', 'archived'] as const;

const idOf = (prefix: string) =>
  z.string().regex(new RegExp(`^${prefix}_[0-9a-z]{26}$`), `must be an id starting with ${prefix}_`);

export const agreementTemplateSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string().nullable(),
    regions: z.array(z.string()).describe('Regions it applies to; empty: every region'),
    partnerTypes: z.array(z.enum(PARTNER_TYPES)).describe('Partner types it applies to; empty: every type'),
    isMandatory: z.boolean().describe('Partners must accept it before they may work with the program'),
    status: z.enum(TEMPLATE_STATUSES),
    version: z.number().int(),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .meta({ id: 'AgreementTemplate' });

export type AgreementTemplateDto = z.infer<typeof agreementTemplateSchema>;

export function presentTemplate(row: typeof agreementTemplates.$inferSelect): AgreementTemplateDto {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    regions: row.regions,
    partnerTypes: row.partnerTypes,
    isMandatory: row.isMandatory,
    status: row.status,
    version: row.version,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  };
}

const descriptionField = z.string().trim().max(2000);
const regionsField = z.array(regionField).max(50);
const partnerTypesField = z.array(z.enum(PARTNER_TYPES)).max(PARTNER_TYPES.length);

export const createTemplateInput = z
  .object({
    name: nameField,
    description: descriptionField.optional(),
    regions: regionsField.default([]),
    partnerTypes: partnerTypesField.default([]),
    isMandatory: z.boolean().default(true),
  })
  .strict();

export const updateTemplateInput = z
  .object({
    name: nameField,
    description: descriptionField.nullable(),
    regions: regionsField,
    partnerTypes: partnerTypesField,
    isMandatory: z.boolean(),
    status: z
      .enum(TEMPLATE_STATUSES)
      .describe('`archived` retires it: partners are no longer asked to accept'),
  })
  .partial()
  .strict()
  .refine((input) => Object.keys(input).length > 0, { message: 'send at least one field to change' });

export const listTemplatesQuery = z.object({ status: z.enum(TEMPLATE_STATUSES).optional() });

export const agreementVersionSchema = z
  .object({
    id: z.string(),
    templateId: z.string(),
    number: z.number().int(),
    title: z.string(),
    body: z.string(),
    status: z.enum(['draft', 'published']),
    publishedAt: timestamp.nullable(),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .meta({ id: 'AgreementVersion' });

export type AgreementVersionDto = z.infer<typeof agreementVersionSchema>;

export function presentVersion(row: typeof agreementVersions.$inferSelect): AgreementVersionDto {
  return {
    id: row.id,
    templateId: row.templateId,
    number: row.number,
    title: row.title,
    body: row.body,
    status: row.publishedAt ? 'published' : 'draft',
    publishedAt: iso(row.publishedAt),
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  };
}

const titleField = z.string().trim().min(1, 'must not be empty').max(200);
const bodyField = z.string().trim().min(1, 'must not be empty').max(100_000);

export const createVersionInput = z.object({ title: titleField, body: bodyField }).strict();

export const updateVersionInput = z
  .object({ title: titleField, body: bodyField })
  .partial()
  .strict()
  .refine((input) => Object.keys(input).length > 0, { message: 'send at least one field to change' });

export const pendingAgreementSchema = z
  .object({
    template: agreementTemplateSchema,
    version: agreementVersionSchema,
    hasAcceptedEarlierVersion: z
      .boolean()
      .describe('The organisation accepted an older version: this one asks it to accept again'),
  })
  .meta({ id: 'PendingAgreement' });

export const acceptVersionInput = z
  .object({
    signerName: z
      .string()
      .trim()
      .min(2, 'type your full name')
      .max(200)
      .describe('The full name the signer typed, printed on the PDF'),
    agree: z.literal(true, { error: 'tick the box to accept the agreement' }),
  })
  .strict();

export const agreementAcceptanceSchema = z
  .object({
    id: z.string(),
    organisationId: z.string(),
    organisationName: z.string(),
    templateId: z.string(),
    templateName: z.string(),
    versionId: z.string(),
    versionNumber: z.number().int(),
    versionTitle: z.string(),
    userId: z.string(),
    signerName: z.string(),
    signerEmail: z.string(),
    ip: z.string().nullable(),
    userAgent: z.string().nullable(),
    textSha256: z.string().describe('SHA-256 (hex) of the title, a blank line and the body, as UTF-8'),
    pdfSha256: z.string().describe('SHA-256 (hex) of the PDF; compare it with the downloaded file'),
    acceptedAt: timestamp,
  })
  .meta({ id: 'AgreementAcceptance' });

export type AgreementAcceptanceDto = z.infer<typeof agreementAcceptanceSchema>;

export function presentAcceptance(
  row: Omit<typeof agreementAcceptances.$inferSelect, 'pdf'>,
  names: { organisationName: string; templateName: string; versionNumber: number; versionTitle: string },
): AgreementAcceptanceDto {
  return {
    id: row.id,
    organisationId: row.organisationId,
    templateId: row.templateId,
    versionId: row.versionId,
    userId: row.userId,
    signerName: row.signerName,
    signerEmail: row.signerEmail,
    ip: row.ip,
    userAgent: row.userAgent,
    textSha256: row.textSha256,
    pdfSha256: row.pdfSha256,
    acceptedAt: iso(row.acceptedAt),
    ...names,
  };
}

export const listAcceptancesQuery = z.object({
  organisationId: idOf('org').optional().describe('Vendor only: one partner'),
  templateId: idOf('agrt').optional(),
  versionId: idOf('agrv').optional(),
});
