import { decryptSecret, encryptSecret } from '../../platform/secrets.ts';
import { newWebhookSecret } from './delivery/index.ts';
import type { webhookEndpoints } from './tables.ts';

/** How long the secret before a rotation keeps signing, so receivers can switch without a gap. */
export const ROTATION_OVERLAP_MS = 24 * 60 * 60 * 1000;

/**
 * A fresh signing secret, plain (for the one response that shows it) and sealed with the instance
 * secret (for the row): unlike API keys we must sign with it later, so a hash will not do.
 */
export function mintEndpointSecret(appSecret: string): { plain: string; sealed: string } {
  const plain = newWebhookSecret();
  return { plain, sealed: encryptSecret(appSecret, plain) };
}

type SecretColumns = Pick<
  typeof webhookEndpoints.$inferSelect,
  'secret' | 'previousSecret' | 'previousSecretExpiresAt'
>;

/** The secrets a delivery is signed with at `now`: the current one, plus the previous one while it overlaps. */
export function signingSecrets(
  endpoint: SecretColumns,
  { appSecret, now }: { appSecret: string; now: Date },
) {
  const secrets = [decryptSecret(appSecret, endpoint.secret)];
  const isOverlapping =
    endpoint.previousSecret !== null &&
    endpoint.previousSecretExpiresAt !== null &&
    endpoint.previousSecretExpiresAt > now;
  if (isOverlapping && endpoint.previousSecret)
    secrets.push(decryptSecret(appSecret, endpoint.previousSecret));
  return secrets;
}
