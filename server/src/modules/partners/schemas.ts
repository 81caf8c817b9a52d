import { z } from 'zod';
import { emailField, iso, nameField, timestamp } from '../../platform/http/schemas.ts';
import { organisationFiltersQuery } from '../organisations/index.ts';
import type { partnerContacts, savedViews } from './tables.ts';

export const contactParams = z.object({
  id: z.string().regex(/^org_[0-9a-z]{26}$/, 'must be an id starting with org_'),
  contactId: z.string().regex(/^pcon_[0-9a-z]{26}$/, 'must be an id starting with pcon_'),
});

export const partnerContactSchema = z
  .object({
    id: z.string(),
    organisationId: z.string(),
    name: z.string(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    jobTitle: z.string().nullable(),
    isPrimary: z.boolean().describe('The one contact the vendor reaches first'),
    version: z.number().int(),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .meta({ id: 'PartnerContact' });

export type PartnerContactDto = z.infer<typeof partnerContactSchema>;

const contactFields = {
  name: nameField,
  email: emailField.nullable(),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ().\-/]{3,40}$/, 'must be a phone number such as "+49 30 1234567"')
    .nullable(),
  jobTitle: z.string().trim().min(1, 'must not be empty').max(100).nullable(),
  isPrimary: z.boolean().describe('Making a contact primary makes the previous primary an ordinary contact'),
};

export const createPartnerContactInput = z
  .object(contactFields)
  .partial({ email: true, phone: true, jobTitle: true, isPrimary: true })
  .strict();

export const updatePartnerContactInput = z
  .object(contactFields)
  .partial()
  .strict()
  .refine((input) => Object.keys(input).length > 0, { message: 'send at least one field to change' });

export function presentPartnerContact(row: typeof partnerContacts.$inferSelect): PartnerContactDto {
  return {
    id: row.id,
    organisationId: row.organisationId,
    name: row.name,
    email: row.email,
    phone: row.phone,
    jobTitle: row.jobTitle,
    isPrimary: row.isPrimary,
    version: row.version,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  };
}

/** What a directory view remembers: the list's filters, without paging. */
export const partnerViewFilters = organisationFiltersQuery.omit({ kind: true }).strict();

export const savedViewListField = z.enum(['partners']);

export const savedViewSchema = z
  .object({
    id: z.string(),
    list: savedViewListField,
    name: z.string(),
    filters: partnerViewFilters,
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .meta({ id: 'SavedView' });

export type SavedViewDto = z.infer<typeof savedViewSchema>;

export const listSavedViewsQuery = z.object({ list: savedViewListField });

export const createSavedViewInput = z
  .object({
    list: savedViewListField,
    name: z.string().trim().min(1, 'must not be empty').max(80),
    filters: partnerViewFilters,
  })
  .strict();

export const updateSavedViewInput = createSavedViewInput
  .omit({ list: true })
  .partial()
  .strict()
  .refine((input) => Object.keys(input).length > 0, { message: 'send at least one field to change' });

export function presentSavedView(row: typeof savedViews.$inferSelect): SavedViewDto {
  // Stored filters were validated on the way in; parsing again drops keys a later version retired.
  const filters = partnerViewFilters.strip().safeParse(row.filters);
  return {
    id: row.id,
    list: row.list,
    name: row.name,
    filters: filters.success ? filters.data : {},
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  };
}
