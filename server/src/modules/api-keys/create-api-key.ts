import type { z } from 'zod';
import { recordChange } from '../../platform/audit.ts';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { DomainError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { permissionsOf } from '../../platform/permissions.ts';
import { randomToken, sha256Hex } from '../../platform/secrets.ts';
import { API_KEY_PREFIX } from '../auth/request-authentication.ts';
import { type createApiKeyInput, presentApiKey } from './schemas.ts';
import { apiKeys } from './tables.ts';

export async function createApiKey({
  ctx,
  input,
  now,
}: {
  ctx: Ctx;
  input: z.infer<typeof createApiKeyInput>;
  now: Date;
}) {
  const actor = assertActorCan(ctx, 'api_keys:manage');
  if (actor.apiKeyId)
    throw new DomainError('forbidden', 'api_key_cannot_mint_keys', 'Create API keys while signed in.');
  const allowed = permissionsOf(actor.role);
  const beyond = input.scopes.filter((scope) => !allowed.includes(scope));
  if (beyond.length > 0) {
    throw new DomainError(
      'forbidden',
      'scope_beyond_role',
      `Your role does not have: ${beyond.join(', ')}.`,
      [{ field: 'body.scopes', message: `may include only permissions your role has` }],
    );
  }
  const expiresAt = input.expiresAt ? new Date(input.expiresAt) : null;
  if (expiresAt && expiresAt <= now) {
    throw new DomainError('validation', 'expiry_in_past', 'The expiry must be in the future.', [
      { field: 'body.expiresAt', message: 'must be in the future' },
    ]);
  }
  const secret = `${API_KEY_PREFIX}${randomToken()}`;
  return withTransaction(ctx, async (tx) => {
    const [row] = await tx
      .insert(apiKeys)
      .values({
        id: newId('apiKey'),
        workspaceId: actor.workspaceId,
        organisationId: actor.organisationId,
        createdBy: actor.userId,
        name: input.name,
        prefix: secret.slice(0, 10),
        keyHash: sha256Hex(secret),
        scopes: [...new Set(input.scopes)],
        expiresAt,
        createdAt: now,
      })
      .returning();
    const created = presentApiKey(row!);
    await recordChange(tx, ctx, {
      action: 'api_key.created',
      entityType: 'api_key',
      entityId: created.id,
      organisationId: created.organisationId,
      after: created,
    });
    return { ...created, secret };
  });
}
