import { z } from 'zod';
import { emailField, localeField, nameField } from '../../platform/http/schemas.ts';
import { PERMISSIONS, ROLES } from '../../platform/permissions.ts';
import { organisationSchema } from '../organisations/schemas.ts';
import { userSchema } from '../users/schemas.ts';

export const loginInput = z.object({ email: emailField, password: z.string().min(1).max(200) }).strict();

export const totpCodeField = z
  .string()
  .regex(/^\d{6}$/, 'must be the 6-digit code from your authenticator app');

export const mfaChallengeInput = z.object({ code: totpCodeField }).strict();

export const meSchema = z
  .object({
    user: userSchema,
    organisation: organisationSchema,
    permissions: z.array(z.enum(PERMISSIONS)),
    assignableRoles: z
      .array(z.enum(ROLES))
      .describe('Roles this person may give when inviting or editing people; empty when they may not'),
    csrfToken: z
      .string()
      .nullable()
      .describe('Send as X-CSRF-Token on writes made with the session cookie; null for API keys'),
  })
  .meta({ id: 'Me' });

export const loginResultSchema = z
  .object({
    isMfaRequired: z.boolean().describe('When true, POST the authenticator code to /api/v1/auth/mfa next'),
    csrfToken: z.string(),
    me: meSchema.nullable(),
  })
  .meta({ id: 'LoginResult' });

export const updateMeInput = z
  .object({ name: nameField, locale: localeField })
  .partial()
  .strict()
  .refine((input) => Object.keys(input).length > 0, { message: 'send at least one field to change' });

export const changePasswordInput = z
  .object({ currentPassword: z.string().min(1).max(200), newPassword: z.string().min(1).max(200) })
  .strict();

export const passwordResetRequestInput = z.object({ email: emailField }).strict();

export const passwordResetConfirmInput = z
  .object({ token: z.string().min(20).max(200), password: z.string().min(1).max(200) })
  .strict();

export const totpEnrolmentSchema = z
  .object({
    secret: z.string().describe('Base32 seed, for typing into an authenticator app'),
    otpauthUri: z.string().describe('otpauth:// URI, for a QR code'),
  })
  .meta({ id: 'TotpEnrolment' });
