import { z } from 'zod';
import {
  countryField,
  domainField,
  emailField,
  iso,
  localeField,
  nameField,
  regionField,
  timestamp,
} from '../../platform/http/schemas.ts';
import { partnerTypeField } from '../organisations/schemas.ts';
import { COMPANY_SIZES } from './company-sizes.ts';
import { CRITERIA, type ProfileCriteria } from './scoring.ts';
import type { idealPartnerProfiles, partnerApplications } from './tables.ts';

const labelField = z.string().trim().min(1, 'must not be empty').max(60);
const labels = (max: number) =>
  z
    .array(labelField)
    .max(max)
    .transform((values) => [...new Set(values)]);
const weightField = z.number().int().min(0, 'must be 0–100').max(100, 'must be 0–100');
export const companySizeField = z.enum(COMPANY_SIZES);
export const criterionField = z.enum(CRITERIA);

const preference = <T extends z.ZodType<string>>(value: T, max: number) =>
  z.object({
    weight: weightField,
    preferred: z
      .array(value)
      .max(max)
      .transform((values) => [...new Set(values)]),
  });

export const profileCriteriaSchema = z.object({
  partnerType: preference(partnerTypeField, 8),
  region: preference(regionField, 50),
  industry: preference(labelField, 50),
  companySize: preference(companySizeField, COMPANY_SIZES.length),
  certifications: preference(labelField, 50),
}) satisfies z.ZodType<ProfileCriteria>;

/** The same shape as answered: plain arrays (response schemas cannot carry input transforms). */
const preferenceOutput = <T extends z.ZodType<string>>(value: T) =>
  z.object({ weight: z.number().int(), preferred: z.array(value) });

export const idealPartnerProfileSchema = z
  .object({
    criteria: z.object({
      partnerType: preferenceOutput(partnerTypeField),
      region: preferenceOutput(z.string()),
      industry: preferenceOutput(z.string()),
      companySize: preferenceOutput(companySizeField),
      certifications: preferenceOutput(z.string()),
    }),
    formRegions: z.array(z.string()).describe('Regions the public application form offers'),
    formIndustries: z.array(z.string()).describe('Industries the public application form offers'),
    version: z.number().int().describe('0 until the profile is first saved'),
    updatedAt: timestamp.nullable(),
  })
  .meta({ id: 'IdealPartnerProfile' });

export type IdealPartnerProfileDto = z.infer<typeof idealPartnerProfileSchema>;

export const updateIdealPartnerProfileInput = z
  .object({
    criteria: profileCriteriaSchema,
    formRegions: z.array(regionField).min(1, 'offer at least one region').max(50),
    formIndustries: labels(50).pipe(z.array(z.string()).min(1, 'offer at least one industry')),
  })
  .strict();

export const DEFAULT_PROFILE: Omit<IdealPartnerProfileDto, 'version' | 'updatedAt'> = {
  criteria: {
    partnerType: { weight: 0, preferred: [] },
    region: { weight: 0, preferred: [] },
    industry: { weight: 0, preferred: [] },
    companySize: { weight: 0, preferred: [] },
    certifications: { weight: 0, preferred: [] },
  },
  formRegions: ['north-america', 'latam', 'emea', 'apac'],
  formIndustries: [
    'Financial services',
    'Healthcare',
    'Manufacturing',
    'Public sector',
    'Retail',
    'Technology',
  ],
};

export function presentProfile(row: typeof idealPartnerProfiles.$inferSelect | null): IdealPartnerProfileDto {
  if (!row) return { ...DEFAULT_PROFILE, version: 0, updatedAt: null };
  return {
    criteria: row.criteria,
    formRegions: row.formRegions,
    formIndustries: row.formIndustries,
    version: row.version,
    updatedAt: iso(row.updatedAt),
  };
}

export const workspaceSlugParam = z.object({
  slug: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be a workspace address such as "acme"')
    .describe("The workspace's short name, as in /apply/acme"),
});

export const applicationFormSchema = z
  .object({
    workspace: z.object({
      name: z.string(),
      productName: z.string().nullable(),
      primaryColor: z.string().nullable(),
      logoUrl: z.string().nullable(),
    }),
    partnerTypes: z.array(partnerTypeField),
    regions: z.array(z.string()),
    industries: z.array(z.string()),
    companySizes: z.array(companySizeField),
  })
  .meta({ id: 'PartnerApplicationForm' });

export const submitApplicationInput = z
  .object({
    companyName: nameField,
    websiteDomain: domainField,
    country: countryField,
    region: regionField,
    partnerTypes: z
      .array(partnerTypeField)
      .min(1, 'choose at least one partner type')
      .max(8)
      .transform((types) => [...new Set(types)]),
    industries: labels(20).pipe(z.array(z.string()).min(1, 'choose at least one industry')),
    companySize: companySizeField,
    certifications: labels(20).default([]),
    applicantName: nameField,
    applicantEmail: emailField,
    applicantJobTitle: z.string().trim().min(1, 'must not be empty').max(100),
    message: z.string().trim().max(2000).optional(),
    locale: localeField.default('en').describe('The language of the confirmation e-mail'),
    consent: z.literal(true, { error: 'must be ticked to send the application' }),
    url: z
      .string()
      .max(500)
      .optional()
      .describe('Leave out: hidden from people, only bots fill it in (the application is then dropped)'),
  })
  .strict();

export type SubmitApplicationInput = z.infer<typeof submitApplicationInput>;

export const submittedSchema = z.object({ status: z.literal('received') }).meta({ id: 'ApplicationReceipt' });

export const scoreReasonSchema = z.object({
  criterion: criterionField,
  isMatch: z.boolean(),
  points: z.number().int(),
  maxPoints: z.number().int(),
  values: z.array(z.string()).describe("The applicant's values that matched, or all of them when none did"),
});

export const applicationStatusField = z.enum(['new', 'approved', 'rejected']);

export const partnerApplicationSchema = z
  .object({
    id: z.string(),
    status: applicationStatusField,
    companyName: z.string(),
    websiteDomain: z.string(),
    country: z.string(),
    region: z.string(),
    partnerTypes: z.array(partnerTypeField),
    industries: z.array(z.string()),
    companySize: companySizeField,
    certifications: z.array(z.string()),
    applicantName: z.string(),
    applicantEmail: z.string(),
    applicantJobTitle: z.string(),
    message: z.string().nullable(),
    locale: z.string(),
    consentedAt: timestamp,
    fitScore: z.number().int().min(0).max(100),
    scoreReasons: z.array(scoreReasonSchema),
    scoredAt: timestamp,
    decidedById: z.string().nullable(),
    decidedAt: timestamp.nullable(),
    rejectionMessage: z.string().nullable(),
    partnerOrganisationId: z.string().nullable().describe('The partner organisation approval created'),
    version: z.number().int(),
    createdAt: timestamp,
  })
  .meta({ id: 'PartnerApplication' });

export type PartnerApplicationDto = z.infer<typeof partnerApplicationSchema>;

export const similarPartnerSchema = z.object({
  id: z.string(),
  name: z.string(),
  websiteDomain: z.string().nullable(),
  isSameDomain: z.boolean(),
  nameSimilarity: z.number().describe('0–1, trigram similarity of the names'),
});

export const partnerApplicationDetailSchema = partnerApplicationSchema
  .extend({
    similarPartners: z
      .array(similarPartnerSchema)
      .describe('Partners already in the directory with the same web domain or a very similar name'),
  })
  .meta({ id: 'PartnerApplicationDetail' });

export const listApplicationsQuery = z.object({
  status: applicationStatusField.optional(),
  sort: z.enum(['date', 'score']).default('date').describe('Newest first, or best fit first'),
});

export const rejectApplicationInput = z
  .object({
    message: z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .max(2000)
      .describe('Why, in words for the applicant: it is e-mailed to them'),
  })
  .strict();

export const rescoreResultSchema = z.object({ rescored: z.number().int() }).meta({ id: 'RescoreResult' });

export function presentApplication(row: typeof partnerApplications.$inferSelect): PartnerApplicationDto {
  return {
    id: row.id,
    status: row.status,
    companyName: row.companyName,
    websiteDomain: row.websiteDomain,
    country: row.country,
    region: row.region,
    partnerTypes: row.partnerTypes,
    industries: row.industries,
    companySize: row.companySize,
    certifications: row.certifications,
    applicantName: row.applicantName,
    applicantEmail: row.applicantEmail,
    applicantJobTitle: row.applicantJobTitle,
    message: row.message,
    locale: row.locale,
    consentedAt: iso(row.consentedAt),
    fitScore: row.fitScore,
    scoreReasons: row.scoreReasons,
    scoredAt: iso(row.scoredAt),
    decidedById: row.decidedById,
    decidedAt: iso(row.decidedAt),
    rejectionMessage: row.rejectionMessage,
    partnerOrganisationId: row.partnerOrganisationId,
    version: row.version,
    createdAt: iso(row.createdAt),
  };
}
