import { z } from 'zod';
import {
  countryField,
  domainField,
  iso,
  nameField,
  regionField,
  timestamp,
} from '../../platform/http/schemas.ts';
import type { organisations } from './tables.ts';

export const organisationSchema = z
  .object({
    id: z.string(),
    kind: z.enum(['vendor', 'partner']),
    name: z.string(),
    websiteDomain: z.string().nullable(),
    region: z.string().nullable(),
    country: z.string().nullable(),
    status: z.enum(['active', 'inactive']),
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

export const updateOrganisationInput = z
  .object({
    name: nameField,
    websiteDomain: domainField.nullable(),
    region: regionField.nullable(),
    country: countryField.nullable(),
    status: z.enum(['active', 'inactive']).describe('Inactive partners keep their data but cannot sign in'),
  })
  .partial()
  .strict()
  .refine((input) => Object.keys(input).length > 0, { message: 'send at least one field to change' });

export const listOrganisationsQuery = z.object({
  kind: z.enum(['vendor', 'partner']).optional(),
  status: z.enum(['active', 'inactive']).optional(),
  q: z.string().trim().min(1).max(100).optional().describe('Name search, tolerant of typos'),
});

export function presentOrganisation(row: typeof organisations.$inferSelect): OrganisationDto {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    websiteDomain: row.websiteDomain,
    region: row.region,
    country: row.country,
    status: row.status,
    version: row.version,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  };
}
