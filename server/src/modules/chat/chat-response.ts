import type { ChatKind } from './chat-url.ts';

/** How one answer of Slack or Teams is judged. */
export type ChatVerdict = {
  outcome: 'delivered' | 'failed';
  error: string | null;
  /** Another attempt may succeed (5xx, 429, 408); false means give this message up. */
  isRetryable: boolean;
  /** The webhook is gone or can never work again: switch the integration off. */
  isGone: boolean;
  /** From `Retry-After` on 429 and 503, in seconds. */
  retryAfterSeconds: number | null;
};

/**
 * Slack's plain-text error bodies that mean the webhook itself is dead (removed, its channel or
 * workspace archived or disabled, its token revoked), as opposed to this one message being refused.
 */
const SLACK_GONE_CODES = new Set([
  'no_service',
  'no_service_id',
  'no_team',
  'team_disabled',
  'invalid_token',
  'channel_not_found',
  'channel_is_archived',
]);

const KIND_NAMES: Record<ChatKind, string> = { slack: 'Slack', teams: 'Teams' };
const ERROR_BODY_CHARS = 200;

/** `Retry-After` as seconds from `now`: delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | null | undefined, now: Date): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d{1,9}$/.test(trimmed)) return Number(trimmed);
  // Every HTTP-date form starts with the day's name; Date.parse alone would take "-5" for a year.
  const date = /^[A-Za-z]{3}/.test(trimmed) ? Date.parse(trimmed) : Number.NaN;
  if (Number.isNaN(date)) return null;
  return Math.max(0, Math.ceil((date - now.getTime()) / 1000));
}

export function classifyChatResponse({
  kind,
  statusCode,
  body,
  retryAfter = null,
  now,
}: {
  kind: ChatKind;
  statusCode: number;
  body: string;
  retryAfter?: string | null;
  now: Date;
}): ChatVerdict {
  const said = body.trim().slice(0, ERROR_BODY_CHARS);
  const answered = `${KIND_NAMES[kind]} answered ${statusCode}${said ? `: ${said}` : ''}`;
  const failed = (fields: Partial<ChatVerdict>): ChatVerdict => ({
    outcome: 'failed',
    error: answered,
    isRetryable: false,
    isGone: false,
    retryAfterSeconds: null,
    ...fields,
  });

  if (statusCode >= 200 && statusCode < 300) {
    // Teams' legacy connectors report a failure to post as 200 with this text instead of "1".
    if (kind === 'teams' && /^Webhook message delivery failed/i.test(said)) {
      return failed({ isRetryable: /HTTP error (429|5\d\d)/.test(said) });
    }
    return { outcome: 'delivered', error: null, isRetryable: false, isGone: false, retryAfterSeconds: null };
  }
  if (statusCode === 404 || statusCode === 410) return failed({ isGone: true });
  if (kind === 'slack' && SLACK_GONE_CODES.has(said)) return failed({ isGone: true });
  if (statusCode === 408 || statusCode === 429 || (statusCode >= 500 && statusCode < 600)) {
    const isRetryAfterMeant = statusCode === 429 || statusCode === 503;
    return failed({
      isRetryable: true,
      retryAfterSeconds: isRetryAfterMeant ? parseRetryAfter(retryAfter, now) : null,
    });
  }
  if (statusCode >= 300 && statusCode < 400) {
    // Following redirects would let the receiver steer us anywhere; the same answer would repeat.
    return failed({ error: `${answered}; redirects are not followed, use the final URL.` });
  }
  // invalid_payload, action_prohibited, posting_to_general_channel_denied…: this message is refused.
  return failed({});
}
