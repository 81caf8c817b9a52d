import { type DeliveryResult, nextAttemptDelay, shouldDisableEndpoint } from './delivery/index.ts';

/** Milliseconds until the next attempt after attempt `n` failed, or null to give up. */
export type RetryDelay = (attemptNumber: number) => number | null;

export type FailureStreak = { consecutiveFailures: number; firstFailureAt: Date | null };

export type AttemptOutcome = {
  status: 'delivered' | 'pending' | 'failed';
  /** Set when another attempt is scheduled (status pending). */
  retryInMs: number | null;
  /** Why the delivery stopped, when the receiver's answer does not say it. */
  stopReason: string | null;
  streak: FailureStreak;
  /** Set when the endpoint must be switched off now. */
  disableReason: string | null;
};

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * What one attempt means for its delivery and its endpoint. Failures count towards the endpoint's
 * streak whatever the message; a success anywhere ends it. 410 Gone disables at once, a long
 * streak after `shouldDisableEndpoint`; a disabled endpoint is not retried.
 */
export function decideAfterAttempt({
  result,
  attemptNumber,
  streak,
  attemptedAt,
  isEndpointEnabled,
  retryDelay = nextAttemptDelay,
}: {
  result: Pick<DeliveryResult, 'outcome' | 'isRetryable' | 'isGone'>;
  attemptNumber: number;
  streak: FailureStreak;
  attemptedAt: Date;
  isEndpointEnabled: boolean;
  retryDelay?: RetryDelay;
}): AttemptOutcome {
  if (result.outcome === 'delivered') {
    const cleared = { consecutiveFailures: 0, firstFailureAt: null };
    return { status: 'delivered', retryInMs: null, stopReason: null, streak: cleared, disableReason: null };
  }
  const failing: FailureStreak = {
    consecutiveFailures: streak.consecutiveFailures + 1,
    firstFailureAt: streak.firstFailureAt ?? attemptedAt,
  };
  const disableReason = disableReasonFor({ result, streak: failing, now: attemptedAt });
  const retryInMs =
    result.isRetryable && isEndpointEnabled && !disableReason ? retryDelay(attemptNumber) : null;
  if (retryInMs !== null) {
    return { status: 'pending', retryInMs, stopReason: null, streak: failing, disableReason };
  }
  const stopReason = !isEndpointEnabled
    ? 'The endpoint was disabled.'
    : disableReason
      ? 'The endpoint was disabled after this attempt.'
      : result.isRetryable
        ? `Gave up after ${attemptNumber} attempts.`
        : null;
  return { status: 'failed', retryInMs: null, stopReason, streak: failing, disableReason };
}

function disableReasonFor({
  result,
  streak,
  now,
}: {
  result: Pick<DeliveryResult, 'isGone'>;
  streak: FailureStreak;
  now: Date;
}): string | null {
  if (result.isGone) return 'The receiver answered 410 Gone, asking us to stop sending.';
  if (!shouldDisableEndpoint({ ...streak, now })) return null;
  const days = Math.floor((now.getTime() - (streak.firstFailureAt ?? now).getTime()) / DAY_MS);
  return `Every delivery failed for ${days} days (${streak.consecutiveFailures} attempts in a row).`;
}
