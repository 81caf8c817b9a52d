import { describeFetchError, readBodyPrefix } from '../../platform/http/outbound.ts';
import { type ChatMessage, chatPayload } from './chat-message-format.ts';
import { type ChatVerdict, classifyChatResponse } from './chat-response.ts';
import { type ChatKind, checkChatWebhookUrl } from './chat-url.ts';

export const CHAT_USER_AGENT = 'Trellis-Chat/1.0';
/** Slack answers `ok`, Teams `1` or nothing; error bodies are short codes or small JSON. */
const RESPONSE_BODY_LIMIT_BYTES = 1024;

export type ChatSendResult = ChatVerdict & {
  /** Null when no HTTP answer arrived (timeout, connection error, refused before sending). */
  statusCode: number | null;
  responseBody: string;
  durationMs: number;
};

/**
 * One POST of one message to an incoming webhook. There is no official Node client for incoming
 * webhooks (they are a plain JSON POST), so this is the client. Never throws: every failure comes
 * back as a result to record.
 */
export async function sendChatMessage({
  kind,
  url,
  message,
  timeoutMs,
  allowPrivateNetworks,
  now = new Date(),
  fetchImpl = fetch,
}: {
  kind: ChatKind;
  url: string;
  message: ChatMessage;
  timeoutMs: number;
  allowPrivateNetworks: boolean;
  now?: Date;
  fetchImpl?: typeof fetch;
}): Promise<ChatSendResult> {
  const startedAt = performance.now();
  const elapsedMs = () => Math.round(performance.now() - startedAt);
  const noAnswer = (error: string, fields: Partial<ChatVerdict>): ChatSendResult => ({
    outcome: 'failed',
    error,
    isRetryable: false,
    isGone: false,
    retryAfterSeconds: null,
    statusCode: null,
    responseBody: '',
    durationMs: elapsedMs(),
    ...fields,
  });

  // A URL saved under another policy (or edited in the database) can never work: stop using it.
  const check = checkChatWebhookUrl(kind, url, { allowPrivateNetworks });
  if (!check.isAllowed) return noAnswer(check.reason, { isGone: true });

  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetchImpl(check.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8', 'user-agent': CHAT_USER_AGENT },
      body: JSON.stringify(chatPayload(kind, message)),
      redirect: 'manual',
      signal: controller.signal,
    });
    const responseBody = await readBodyPrefix(response, RESPONSE_BODY_LIMIT_BYTES);
    const verdict = classifyChatResponse({
      kind,
      statusCode: response.status,
      body: responseBody,
      retryAfter: response.headers.get('retry-after'),
      now,
    });
    return { ...verdict, statusCode: response.status, responseBody, durationMs: elapsedMs() };
  } catch (error) {
    // Timeouts and network errors are usually temporary on the receiving side.
    if (controller.signal.aborted)
      return noAnswer(`No response within ${timeoutMs} ms.`, { isRetryable: true });
    return noAnswer(describeFetchError(error), { isRetryable: true });
  } finally {
    clearTimeout(timer);
  }
}
