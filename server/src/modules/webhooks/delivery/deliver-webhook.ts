import { describeFetchError, readBodyPrefix } from '../../../platform/http/outbound.ts';
import { checkDeliverableUrl } from './deliverable-url.ts';
import { signWebhook } from './sign-webhook.ts';

// Kept here too so callers can take the whole delivery surface from this file.
export { assertDeliverableUrl } from './deliverable-url.ts';

export const WEBHOOK_USER_AGENT = 'Trellis-Webhooks/1.0';
/** Enough of a receiver's answer to debug it in the delivery log without storing whole pages. */
export const RESPONSE_BODY_LIMIT_BYTES = 2048;

export type DeliverWebhookArgs = {
  url: string;
  /** The message id: the same on every attempt of one message. */
  id: string;
  /** When this attempt is made; pass the clock's now() on each attempt, not the event time. */
  timestamp: Date;
  /** Serialised once with JSON.stringify; the signed bytes are the sent bytes. */
  payload: unknown;
  secrets: readonly string[];
  /** Covers connecting, the response headers and reading the (truncated) response body. */
  timeoutMs: number;
  /** Defaults to false, so a URL saved before a policy change is still refused at send time. */
  allowPrivateNetworks?: boolean;
  fetchImpl?: typeof fetch;
};

export type DeliveryOutcome = 'delivered' | 'failed';

export type DeliveryResult = {
  outcome: DeliveryOutcome;
  /** Null when no HTTP answer arrived (timeout, connection error, refused before sending). */
  statusCode: number | null;
  responseBody: string;
  durationMs: number;
  error: string | null;
  /** Whether another attempt could succeed; false means give up on this message now. */
  isRetryable: boolean;
  /** 410 Gone: the receiver asks us to stop sending; the caller may disable the endpoint. */
  isGone: boolean;
};

type StatusVerdict = Pick<DeliveryResult, 'outcome' | 'error' | 'isRetryable' | 'isGone'>;

/** How one HTTP status is judged; exported for table tests and for anyone showing the rule. */
export function classifyResponseStatus(statusCode: number): StatusVerdict {
  const failed = { outcome: 'failed', isGone: false } as const;
  if (statusCode >= 200 && statusCode < 300) {
    return { outcome: 'delivered', error: null, isRetryable: false, isGone: false };
  }
  if (statusCode === 410) {
    return { ...failed, error: 'The receiver answered 410 Gone.', isRetryable: false, isGone: true };
  }
  if (statusCode === 408 || statusCode === 429 || (statusCode >= 500 && statusCode < 600)) {
    return { ...failed, error: `The receiver answered ${statusCode}.`, isRetryable: true };
  }
  if (statusCode >= 300 && statusCode < 400) {
    // Following a redirect would let any receiver steer us to another host (SSRF); the same
    // redirect would come back on every retry, so retrying is pointless.
    return {
      ...failed,
      error: `The receiver answered ${statusCode}; redirects are not followed, use the final URL.`,
      isRetryable: false,
    };
  }
  // Other 4xx: the receiver rejects this message (bad signature, unknown event); a retry sends it again.
  return { ...failed, error: `The receiver answered ${statusCode}.`, isRetryable: false };
}

/**
 * One HTTP attempt of one message. Never throws for anything about the delivery: every failure,
 * including an unusable URL, secret or payload, comes back as a `failed` result to record.
 */
export async function deliverWebhook(args: DeliverWebhookArgs): Promise<DeliveryResult> {
  const { timeoutMs, fetchImpl = fetch } = args;
  const startedAt = performance.now();
  const elapsedMs = () => Math.round(performance.now() - startedAt);
  const noAnswer = (error: string, isRetryable: boolean): DeliveryResult => ({
    outcome: 'failed',
    statusCode: null,
    responseBody: '',
    durationMs: elapsedMs(),
    error,
    isRetryable,
    isGone: false,
  });

  const prepared = prepareRequest(args);
  if (!prepared.isReady) return noAnswer(prepared.error, false);

  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetchImpl(prepared.url, {
      method: 'POST',
      headers: prepared.headers,
      body: prepared.body,
      redirect: 'manual',
      signal: controller.signal,
    });
    const responseBody = await readBodyPrefix(response, RESPONSE_BODY_LIMIT_BYTES);
    const verdict = classifyResponseStatus(response.status);
    return { ...verdict, statusCode: response.status, responseBody, durationMs: elapsedMs() };
  } catch (error) {
    // Timeouts and network errors (refused, reset, DNS, TLS) are usually temporary on the receiver's side.
    if (controller.signal.aborted) return noAnswer(`No response within ${timeoutMs} ms.`, true);
    return noAnswer(describeFetchError(error), true);
  } finally {
    clearTimeout(timer);
  }
}

type PreparedRequest =
  | { isReady: true; url: URL; headers: Headers; body: string }
  | { isReady: false; error: string };

// Everything that can fail before the network is touched fails for good: retrying cannot fix it.
function prepareRequest(args: DeliverWebhookArgs): PreparedRequest {
  const urlCheck = checkDeliverableUrl(args.url, {
    allowPrivateNetworks: args.allowPrivateNetworks ?? false,
  });
  if (!urlCheck.isAllowed) return { isReady: false, error: urlCheck.reason };
  try {
    const body = JSON.stringify(args.payload);
    if (typeof body !== 'string') return { isReady: false, error: 'The payload is not JSON-serialisable.' };
    const signature = signWebhook({ id: args.id, timestamp: args.timestamp, body, secrets: args.secrets });
    // Built here so an id with characters not allowed in headers fails now, not as a "network" error.
    const headers = new Headers({
      'content-type': 'application/json',
      'user-agent': WEBHOOK_USER_AGENT,
      ...signature,
    });
    return { isReady: true, url: urlCheck.url, headers, body };
  } catch (error) {
    return { isReady: false, error: describeFetchError(error) };
  }
}
