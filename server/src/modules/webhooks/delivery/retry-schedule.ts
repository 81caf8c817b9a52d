const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * Base wait after attempt n failed, at index n - 1: quick retries catch blips (a deploy, a dropped
 * connection), the long tail rides out outages. Roughly exponential; a table reads better than a
 * formula and is what receivers get told in the docs.
 */
export const RETRY_DELAYS_MS: readonly number[] = [
  5 * SECOND,
  30 * SECOND,
  2 * MINUTE,
  10 * MINUTE,
  30 * MINUTE,
  1 * HOUR,
  2 * HOUR,
  4 * HOUR,
  8 * HOUR,
];
/** Waits beyond the table stay at the last entry. */
export const MAX_RETRY_DELAY_MS = 8 * HOUR;

/**
 * The first attempt plus 10 retries: the base waits add up to ≈ 23.7 hours, so a receiver that is
 * down for most of a day still gets the message.
 */
export const MAX_ATTEMPTS = 11;

/** Each wait is stretched or shrunk by up to ±20 %. */
export const RETRY_JITTER_RATIO = 0.2;

export type RetryOptions = {
  /** Injected so tests are deterministic; returns [0, 1) like Math.random. */
  random?: () => number;
};

/**
 * Milliseconds to wait after attempt `attemptNumber` (1 = the first delivery) failed, or null when
 * that was the last attempt. Jitter spreads the retries of many messages that failed together, so
 * a receiver coming back from an outage is not hit by all of them in the same second.
 */
export function nextAttemptDelay(
  attemptNumber: number,
  { random = Math.random }: RetryOptions = {},
): number | null {
  if (!Number.isInteger(attemptNumber) || attemptNumber < 1) {
    throw new RangeError(`Attempt numbers start at 1, not ${attemptNumber}.`);
  }
  if (attemptNumber >= MAX_ATTEMPTS) return null;
  const baseMs = RETRY_DELAYS_MS[attemptNumber - 1] ?? MAX_RETRY_DELAY_MS;
  const spread = (Math.min(Math.max(random(), 0), 1) * 2 - 1) * RETRY_JITTER_RATIO;
  return Math.round(baseMs * (1 + spread));
}

/** A failure streak this long, with no 2xx in between, means nobody is looking after the receiver. */
export const DISABLE_AFTER_FAILING_FOR_MS = 5 * DAY;
/**
 * Also required before disabling, so a single old failure followed by days of silence (no events)
 * and one new failure does not count as five days of failing: at least one full retry cycle failed.
 */
export const MIN_FAILURES_BEFORE_DISABLE = MAX_ATTEMPTS;

export type EndpointFailureStreak = {
  /** Failed attempts (every HTTP try, any message) since the endpoint's last 2xx. */
  consecutiveFailures: number;
  /** When the first of those failed attempts happened; null when the last attempt succeeded. */
  firstFailureAt: Date | null;
  now: Date;
};

/**
 * Time-based, not count-based: a busy endpoint that is down for a ten-minute deploy piles up
 * hundreds of failed attempts, and must not be switched off for it; five days of nothing but
 * failures cannot be a deploy. (410 Gone is a separate, immediate signal; see DeliveryResult.isGone.)
 */
export function shouldDisableEndpoint({
  consecutiveFailures,
  firstFailureAt,
  now,
}: EndpointFailureStreak): boolean {
  if (firstFailureAt === null) return false;
  if (consecutiveFailures < MIN_FAILURES_BEFORE_DISABLE) return false;
  return now.getTime() - firstFailureAt.getTime() >= DISABLE_AFTER_FAILING_FOR_MS;
}
