import { z } from 'zod';
import { assertDeliverableUrl, deliverWebhook, newWebhookSecret } from '../../webhooks/delivery/index.ts';
import { defineAutomationAction } from './action-registry.ts';

const parameters = z
  .object({ url: z.string().trim().max(2048).describe('Where to POST the event as JSON; http or https') })
  .strict();

/**
 * The delivery leaf always signs, and a rule has no secret a receiver could know: each POST is
 * signed with a throw-away key and the signature header is dropped before sending. So the POST is
 * unsigned by design (`webhook-id` is the run id, for de-duplication); receivers that need
 * authenticity use a webhook endpoint instead. `fetchImpl` is the seam the leaf offers for this.
 */
const unsignedFetch: typeof fetch = (input, init) => {
  const headers = new Headers(init?.headers);
  headers.delete('webhook-signature');
  return fetch(input, { ...init, headers });
};

export const webhookAction = defineAutomationAction<z.infer<typeof parameters>>({
  type: 'webhook',
  description: 'POST the event as JSON to a URL (unsigned; one attempt, the run log shows the answer)',
  parameters,
  runsIn: 'background',
  validate: async ({ params, field, config }) => {
    assertDeliverableUrl(params.url, {
      allowPrivateNetworks: config.WEBHOOKS_ALLOW_PRIVATE_NETWORKS,
      field: `${field}.url`,
    });
  },
  preview: (params) => `POST the event to ${params.url}`,
  run: async ({ params, data, rule, runId, deps, now }) => {
    const result = await deliverWebhook({
      url: params.url,
      id: runId,
      timestamp: now,
      payload: { type: 'automation.rule_matched', rule, ...data },
      secrets: [newWebhookSecret()],
      timeoutMs: deps.config.WEBHOOK_TIMEOUT_MS,
      allowPrivateNetworks: deps.config.WEBHOOKS_ALLOW_PRIVATE_NETWORKS,
      fetchImpl: unsignedFetch,
    });
    if (result.outcome === 'failed') throw new Error(result.error ?? 'The receiver did not accept the POST.');
    return `The receiver answered ${result.statusCode}.`;
  },
});
