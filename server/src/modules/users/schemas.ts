import { z } from 'zod';
import {
  emailField,
  iso,
  localeField,
  nameField,
  regionField,
  timestamp,
} from '../../platform/http/schemas.ts';
import { ROLES } from '../../platform/permissions.ts';
import type { invitations, users } from './tables.ts';

export const roleField = z.enum(ROLES);

export const userSchema = z
  .object({
    id: z.string(),
    organisationId: z.string(),
    email: z.string(),
    name: z.string(),
    role: roleField,
    regions: z.array(z.string()).nullable().describe('Regions a regional manager covers; null means all'),
    locale: localeField,
    status: z.enum(['active', 'deactivated']),
    isMfaEnabled: z.boolean(),
    lastLoginAt: timestamp.nullable(),
    version: z.number().int(),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .meta({ id: 'User' });

export type UserDto = z.infer<typeof userSchema>;

export function presentUser(row: typeof users.$inferSelect): UserDto {
  return {
    id: row.id,
    organisationId: row.organisationId,
    email: row.email,
    name: row.name,
    role: row.role as UserDto['role'],
    regions: row.regions,
    locale: row.locale as UserDto['locale'],
    status: row.status,
    isMfaEnabled: row.mfaEnabledAt !== null,
    lastLoginAt: iso(row.lastLoginAt),
    version: row.version,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  };
}

export const listUsersQuery = z.object({
  organisationId: z.string().max(40).optional(),
  role: roleField.optional(),
  status: z.enum(['active', 'deactivated']).optional(),
});

export const updateUserInput = z
  .object({
    name: nameField,
    role: roleField,
    regions: z.array(regionField).max(50).nullable(),
    status: z.enum(['active', 'deactivated']).describe('Deactivated users are signed out and cannot sign in'),
  })
  .partial()
  .strict()
  .refine((input) => Object.keys(input).length > 0, { message: 'send at least one field to change' });

export const invitationSchema = z
  .object({
    id: z.string(),
    organisationId: z.string(),
    email: z.string(),
    name: z.string().nullable(),
    role: roleField,
    regions: z.array(z.string()).nullable(),
    status: z.enum(['pending', 'accepted', 'revoked', 'expired']),
    invitedBy: z.string().nullable(),
    expiresAt: timestamp,
    createdAt: timestamp,
  })
  .meta({ id: 'Invitation' });

export type InvitationDto = z.infer<typeof invitationSchema>;

export function presentInvitation(row: typeof invitations.$inferSelect, now: Date): InvitationDto {
  const status = row.acceptedAt
    ? 'accepted'
    : row.revokedAt
      ? 'revoked'
      : row.expiresAt <= now
        ? 'expired'
        : 'pending';
  return {
    id: row.id,
    organisationId: row.organisationId,
    email: row.email,
    name: row.name,
    role: row.role as InvitationDto['role'],
    regions: row.regions,
    status,
    invitedBy: row.invitedBy,
    expiresAt: iso(row.expiresAt),
    createdAt: iso(row.createdAt),
  };
}

export const createInvitationInput = z
  .object({
    email: emailField,
    name: nameField.optional(),
    role: roleField,
    organisationId: z.string().max(40).optional().describe("Defaults to the inviter's organisation"),
    regions: z.array(regionField).max(50).optional(),
  })
  .strict();

export const acceptInvitationInput = z
  .object({
    token: z.string().min(20).max(200),
    name: nameField.optional(),
    password: z.string().min(1).max(200),
  })
  .strict();
