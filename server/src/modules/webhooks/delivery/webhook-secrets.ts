import { randomBytes } from 'node:crypto';
import { z } from 'zod';

export const WEBHOOK_SECRET_PREFIX = 'whsec_';

// 32 bytes = 256 bits, the full key size HMAC-SHA256 benefits from.
const NEW_SECRET_BYTES = 32;
// The Standard Webhooks spec recommends keys of 24–64 bytes; anything shorter is too guessable.
const MIN_SECRET_BYTES = 24;
const MAX_SECRET_BYTES = 64;

// Standard (not URL-safe) base64 with padding: the `standardwebhooks` library rejects anything else.
const BASE64_PATTERN = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** A fresh signing secret in the Standard Webhooks format: `whsec_` + base64 of 32 random bytes. */
export function newWebhookSecret(): string {
  return `${WEBHOOK_SECRET_PREFIX}${randomBytes(NEW_SECRET_BYTES).toString('base64')}`;
}

/** Why `value` is not a usable secret, or null when it is. Never echoes the value: it is a secret. */
export function webhookSecretProblem(value: string): string | null {
  if (!value.startsWith(WEBHOOK_SECRET_PREFIX)) {
    return `A webhook secret starts with ${WEBHOOK_SECRET_PREFIX}.`;
  }
  const encoded = value.slice(WEBHOOK_SECRET_PREFIX.length);
  if (!BASE64_PATTERN.test(encoded)) {
    return `A webhook secret is ${WEBHOOK_SECRET_PREFIX} followed by standard base64 with padding.`;
  }
  const byteLength = Buffer.from(encoded, 'base64').byteLength;
  if (byteLength < MIN_SECRET_BYTES || byteLength > MAX_SECRET_BYTES) {
    return `A webhook secret encodes ${MIN_SECRET_BYTES}–${MAX_SECRET_BYTES} bytes, not ${byteLength}.`;
  }
  return null;
}

export function isValidWebhookSecret(value: string): boolean {
  return webhookSecretProblem(value) === null;
}

/** For inputs where a receiver brings its own secret (for example when migrating from another sender). */
export const webhookSecretSchema = z.string().superRefine((value, ctx) => {
  const problem = webhookSecretProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});
