import { Webhook } from 'standardwebhooks';
import { webhookSecretProblem } from './webhook-secrets.ts';

export type WebhookSignatureHeaders = {
  'webhook-id': string;
  'webhook-timestamp': string;
  'webhook-signature': string;
};

export type SignWebhookArgs = {
  /** Stable across retries of one message, so receivers can drop duplicates. */
  id: string;
  /** The time of this attempt (not of the event): receivers reject timestamps older than ~5 minutes. */
  timestamp: Date;
  /** The exact bytes that will be sent; re-serialising the payload would break the signature. */
  body: string;
  /** Current secret first; during rotation also the previous one, so receivers holding either verify. */
  secrets: readonly string[];
};

/**
 * The three Standard Webhooks headers. Each secret signs separately with the reference library's
 * `Webhook#sign` (one `v1,<base64>` each) and the signatures are joined by spaces, which the spec
 * allows and verifiers accept when any one of them matches.
 */
export function signWebhook({ id, timestamp, body, secrets }: SignWebhookArgs): WebhookSignatureHeaders {
  if (secrets.length === 0) throw new Error('signWebhook needs at least one secret.');
  if (id.length === 0) throw new Error('signWebhook needs a message id.');
  const milliseconds = timestamp.getTime();
  if (Number.isNaN(milliseconds)) throw new Error('signWebhook needs a valid timestamp.');
  secrets.forEach((secret, index) => {
    const problem = webhookSecretProblem(secret);
    if (problem) throw new Error(`Webhook secret #${index + 1} is unusable: ${problem}`);
  });

  const signatures = secrets.map((secret) => new Webhook(secret).sign(id, timestamp, body));
  return {
    'webhook-id': id,
    // The library floors to whole seconds when signing; the header must carry the same number.
    'webhook-timestamp': String(Math.floor(milliseconds / 1000)),
    'webhook-signature': signatures.join(' '),
  };
}
