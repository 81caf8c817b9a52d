import { z } from 'zod';
import {
  countryField,
  domainField,
  iso,
  nameField,
  regionField,
  timestamp,
} from '../../platform/http/schemas.ts';
import { PARTNER_TYPES } from './partner-types.ts';
import type { organisations } from './tables.ts';

export const partnerTypeField = z.enum(PARTNER_TYPES);
export const lifecycleStageField = z.enum(['onboarding', 'active']);
export const tierField = z
  .string()
  .regex(/^[a-z][a-z0-9_-]{0,31}$/, 'must be a short lower-case tier key such as "gold"');
const userIdField = z.string().regex(/^user_[0-9a-z]{26}$/, 'must be a user id starting with user_');
const labelField = z.string().trim().min(1, 'must not be empty').max(60);
const addressLine = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);

/** Who looks after the partner at the vendor, as partners may see it: a name to ask for. */
export const partnerManagerSchema = z
  .object({ id: z.string(), name: z.string(), email: z.string() })
  .meta({ id: 'PartnerManager' });

export type PartnerManagerDto = z.infer<typeof partnerManagerSchema>;

export const organisationSchema = z
  .object({
    id: z.string(),
    kind: z.enum(['vendor', 'partner']),
    name: z.string(),
    websiteDomain: z.string().nullable(),
    region: z.string().nullable(),
    country: z.string().nullable(),
    status: z.enum(['active', 'inactive']),
    lifecycleStage: lifecycleStageField.nullable().describe('Null for the vendor itself'),
    legalName: z.string().nullable(),
    partnerTypes: z.array(partnerTypeField),
    tier: z.string().nullable(),
    industries: z.array(z.string()),
    certifications: z.array(z.string()),
    capacity: z.number().int().nullable(),
    partnerManagerId: z.string().nullable(),
    partnerManager: partnerManagerSchema.nullable(),
    street: z.string().nullable(),
    city: z.string().nullable(),
    postalCode: z.string().nullable(),
    stateProvince: z.string().nullable(),
    version: z.number().int(),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .meta({ id: 'Organisation' });

export type OrganisationDto = z.infer<typeof organisationSchema>;

export const createPartnerOrganisationInput = z
  .object({
    name: nameField,
    websiteDomain: domainField.optional(),
    region: regionField.optional(),
    country: countryField.optional(),
  })
  .strict();

/** The partner's directory profile; the vendor's own record has none. */
export const profileInput = z.object({
  lifecycleStage: lifecycleStageField,
  legalName: nameField.nullable(),
  partnerTypes: z
    .array(partnerTypeField)
    .max(PARTNER_TYPES.length)
    .transform((types) => [...new Set(types)]),
  tier: tierField.nullable(),
  industries: z
    .array(labelField)
    .max(20)
    .transform((labels) => [...new Set(labels)]),
  certifications: z
    .array(labelField)
    .max(50)
    .transform((labels) => [...new Set(labels)]),
  capacity: z.number().int().min(0).max(1_000_000).nullable(),
  partnerManagerId: userIdField
    .nullable()
    .describe('An active channel manager, regional manager, admin or owner of the vendor'),
  street: addressLine(200).nullable(),
  city: addressLine(100).nullable(),
  postalCode: addressLine(20).nullable(),
  stateProvince: addressLine(100).nullable(),
});

export const PROFILE_FIELDS = Object.keys(profileInput.shape) as (keyof typeof profileInput.shape)[];

export const updateOrganisationInput = z
  .object({
    name: nameField,
    websiteDomain: domainField.nullable(),
    region: regionField.nullable(),
    country: countryField.nullable(),
    ...profileInput.shape,
  })
  .partial()
  .strict()
  .refine((input) => Object.keys(input).length > 0, { message: 'send at least one field to change' })
  .describe(
    'Vendor staff edit every field (offboarding has its own action). A partner admin edits its own ' +
      'public profile only: name, website, address, industries, capacity and certifications.',
  );

/** What a partner admin may change of its own organisation; tier, status, manager and reach stay the vendor's. */
export const SELF_EDITABLE_FIELDS = [
  'name',
  'websiteDomain',
  'country',
  'street',
  'city',
  'postalCode',
  'stateProvince',
  'industries',
  'capacity',
  'certifications',
] as const;

export const offboardInput = z.object({ reason: z.string().trim().min(1, 'must say why').max(500) }).strict();

export const reactivateInput = z.object({ reason: z.string().trim().max(500).optional() }).strict();

/** The directory's filters, shared by the list and the CSV export. */
export const organisationFiltersQuery = z.object({
  kind: z.enum(['vendor', 'partner']).optional(),
  status: z.enum(['active', 'inactive']).optional(),
  q: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .optional()
    .describe('Searches name, legal name and website domain, tolerant of typos'),
  partnerType: partnerTypeField.optional(),
  tier: tierField.optional(),
  region: regionField.optional(),
  country: countryField.optional(),
  industry: labelField.optional(),
  lifecycleStage: lifecycleStageField.optional(),
  partnerManagerId: userIdField.optional(),
});

export const listOrganisationsQuery = organisationFiltersQuery;

export function presentOrganisation(
  row: typeof organisations.$inferSelect,
  partnerManager: PartnerManagerDto | null = null,
): OrganisationDto {
  const isPartner = row.kind === 'partner';
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    websiteDomain: row.websiteDomain,
    region: row.region,
    country: row.country,
    status: row.status,
    lifecycleStage: isPartner ? row.lifecycleStage : null,
    legalName: row.legalName,
    partnerTypes: row.partnerTypes,
    tier: row.tier,
    industries: row.industries,
    certifications: row.certifications,
    capacity: row.capacity,
    partnerManagerId: row.partnerManagerId,
    partnerManager: row.partnerManagerId ? partnerManager : null,
    street: row.street,
    city: row.city,
    postalCode: row.postalCode,
    stateProvince: row.stateProvince,
    version: row.version,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  };
}

export const partnerRegionsSchema = z.object({
  data: z.array(
    z.object({
      code: z.string().describe('The region code partners carry, e.g. "emea"'),
      partners: z.number().int().describe('Partners in the region that you can see'),
    }),
  ),
});
