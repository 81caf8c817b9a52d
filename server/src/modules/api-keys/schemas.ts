import { z } from 'zod';
import { iso, nameField, timestamp } from '../../platform/http/schemas.ts';
import { PERMISSIONS } from '../../platform/permissions.ts';
import type { apiKeys } from './tables.ts';

export const apiKeySchema = z
  .object({
    id: z.string(),
    organisationId: z.string(),
    name: z.string(),
    prefix: z.string().describe('First characters of the key, to recognise it'),
    scopes: z.array(z.enum(PERMISSIONS)),
    createdBy: z.string(),
    expiresAt: timestamp.nullable(),
    lastUsedAt: timestamp.nullable(),
    revokedAt: timestamp.nullable(),
    createdAt: timestamp,
  })
  .meta({ id: 'ApiKey' });

export const createdApiKeySchema = apiKeySchema
  .extend({ secret: z.string().describe('The key itself. Shown this once; store it now.') })
  .meta({ id: 'CreatedApiKey' });

export const createApiKeyInput = z
  .object({
    name: nameField,
    scopes: z.array(z.enum(PERMISSIONS)).min(1).max(PERMISSIONS.length),
    expiresAt: timestamp.optional().describe('When the key stops working; never when absent'),
  })
  .strict();

export type ApiKeyDto = z.infer<typeof apiKeySchema>;

export function presentApiKey(row: typeof apiKeys.$inferSelect): ApiKeyDto {
  return {
    id: row.id,
    organisationId: row.organisationId,
    name: row.name,
    prefix: row.prefix,
    scopes: row.scopes as ApiKeyDto['scopes'],
    createdBy: row.createdBy,
    expiresAt: iso(row.expiresAt),
    lastUsedAt: iso(row.lastUsedAt),
    revokedAt: iso(row.revokedAt),
    createdAt: iso(row.createdAt),
  };
}
