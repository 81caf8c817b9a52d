import { describe, expect, it } from 'vitest';
import {
  DISABLE_AFTER_FAILING_FOR_MS,
  MAX_ATTEMPTS,
  MIN_FAILURES_BEFORE_DISABLE,
  nextAttemptDelay,
  RETRY_DELAYS_MS,
  shouldDisableEndpoint,
} from './retry-schedule.ts';

const s = 1000;
const m = 60 * s;
const h = 60 * m;
const day = 24 * h;
const noJitter = { random: () => 0.5 };

describe('nextAttemptDelay', () => {
  it.each([
    [1, 5 * s],
    [2, 30 * s],
    [3, 2 * m],
    [4, 10 * m],
    [5, 30 * m],
    [6, 1 * h],
    [7, 2 * h],
    [8, 4 * h],
    [9, 8 * h],
    [10, 8 * h], // capped
    [11, null], // MAX_ATTEMPTS reached: give up
    [12, null],
  ])('after attempt %i fails, waits %s ms (without jitter)', (attempt, delay) => {
    expect(nextAttemptDelay(attempt, noJitter)).toBe(delay);
  });

  it.each([
    [0, 4 * s],
    [0.25, 4.5 * s],
    [0.75, 5.5 * s],
    [0.999_999, 6 * s],
  ])('jitter %f spreads the first wait to %i ms (±20 %%)', (random, delay) => {
    expect(nextAttemptDelay(1, { random: () => random })).toBeCloseTo(delay, -1);
  });

  it('stays within ±20 % with real randomness', () => {
    for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt += 1) {
      const base = nextAttemptDelay(attempt, noJitter)!;
      const delay = nextAttemptDelay(attempt)!;
      expect(delay).toBeGreaterThanOrEqual(base * 0.8);
      expect(delay).toBeLessThanOrEqual(base * 1.2);
    }
  });

  it('retries for about a day in all', () => {
    const attempts = Array.from({ length: MAX_ATTEMPTS - 1 }, (_, index) => index + 1);
    const totalMs = attempts.reduce((sum, attempt) => sum + nextAttemptDelay(attempt, noJitter)!, 0);
    expect(totalMs / h).toBeGreaterThan(20);
    expect(totalMs / h).toBeLessThan(26);
    expect(RETRY_DELAYS_MS.length).toBeLessThan(MAX_ATTEMPTS);
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses attempt number %f', (attempt) => {
    expect(() => nextAttemptDelay(attempt)).toThrow(RangeError);
  });
});

describe('shouldDisableEndpoint', () => {
  const now = new Date('2025-06-10T12:00:00Z');
  const ago = (ms: number) => new Date(now.getTime() - ms);

  it.each([
    { case: 'never failed', consecutiveFailures: 0, firstFailureAt: null, expected: false },
    { case: 'failing for a day', consecutiveFailures: 500, firstFailureAt: ago(1 * day), expected: false },
    {
      case: 'a busy endpoint down for ten minutes',
      consecutiveFailures: 5_000,
      firstFailureAt: ago(10 * m),
      expected: false,
    },
    {
      case: 'just under five days',
      consecutiveFailures: 40,
      firstFailureAt: ago(5 * day - 1),
      expected: false,
    },
    { case: 'exactly five days', consecutiveFailures: 40, firstFailureAt: ago(5 * day), expected: true },
    { case: 'a week', consecutiveFailures: 100, firstFailureAt: ago(7 * day), expected: true },
    {
      case: 'five days but fewer failures than one retry cycle',
      consecutiveFailures: MIN_FAILURES_BEFORE_DISABLE - 1,
      firstFailureAt: ago(6 * day),
      expected: false,
    },
    {
      case: 'five days and one full retry cycle',
      consecutiveFailures: MIN_FAILURES_BEFORE_DISABLE,
      firstFailureAt: ago(DISABLE_AFTER_FAILING_FOR_MS),
      expected: true,
    },
    {
      case: 'a first failure in the future (clock skew)',
      consecutiveFailures: 50,
      firstFailureAt: ago(-day),
      expected: false,
    },
  ])('$case → $expected', ({ consecutiveFailures, firstFailureAt, expected }) => {
    expect(shouldDisableEndpoint({ consecutiveFailures, firstFailureAt, now })).toBe(expected);
  });
});
