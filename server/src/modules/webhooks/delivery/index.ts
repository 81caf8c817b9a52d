// The delivery leaf's public surface: signing, one HTTP attempt, the URL rule and the retry policy.
// It owns no tables; the webhooks module stores endpoints, messages and attempts and calls these.

export {
  classifyResponseStatus,
  type DeliverWebhookArgs,
  type DeliveryOutcome,
  type DeliveryResult,
  deliverWebhook,
  RESPONSE_BODY_LIMIT_BYTES,
  WEBHOOK_USER_AGENT,
} from './deliver-webhook.ts';
export {
  assertDeliverableUrl,
  checkDeliverableUrl,
  type DeliverableUrlCheck,
  type DeliverableUrlOptions,
} from './deliverable-url.ts';
export {
  DISABLE_AFTER_FAILING_FOR_MS,
  type EndpointFailureStreak,
  MAX_ATTEMPTS,
  MAX_RETRY_DELAY_MS,
  MIN_FAILURES_BEFORE_DISABLE,
  nextAttemptDelay,
  RETRY_DELAYS_MS,
  RETRY_JITTER_RATIO,
  type RetryOptions,
  shouldDisableEndpoint,
} from './retry-schedule.ts';
export { type SignWebhookArgs, signWebhook, type WebhookSignatureHeaders } from './sign-webhook.ts';
export {
  isValidWebhookSecret,
  newWebhookSecret,
  WEBHOOK_SECRET_PREFIX,
  webhookSecretProblem,
  webhookSecretSchema,
} from './webhook-secrets.ts';
