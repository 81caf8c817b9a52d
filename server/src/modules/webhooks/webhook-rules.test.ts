import { describe, expect, it } from 'vitest';
import { decideAfterAttempt } from './attempt-outcome.ts';
import { DISABLE_AFTER_FAILING_FOR_MS, MAX_ATTEMPTS, MIN_FAILURES_BEFORE_DISABLE } from './delivery/index.ts';
import { isEndpointSubscribed, webhookPayload } from './webhook-recipients.ts';

const VENDOR = 'org_vendor';
const event = (type: string, organisationId: string | null, entityType = type.split('.')[0]!) => ({
  type,
  organisationId,
  entityType,
});
const endpoint = (organisationId: string, eventTypes: string[] = [], status = 'enabled' as const) => ({
  organisationId,
  eventTypes,
  status,
});

describe('which endpoints receive an event', () => {
  it.each([
    ['vendor endpoint, vendor event', endpoint(VENDOR), event('user.updated', VENDOR), true],
    ['vendor endpoint, a partner event', endpoint(VENDOR), event('organisation.updated', 'org_a'), true],
    ['vendor endpoint, event of no organisation', endpoint(VENDOR), event('workspace.created', null), true],
    ['partner endpoint, its own event', endpoint('org_a'), event('organisation.updated', 'org_a'), true],
    ['partner endpoint, another partner', endpoint('org_a'), event('organisation.updated', 'org_b'), false],
    ['partner endpoint, vendor event', endpoint('org_a'), event('user.updated', VENDOR), false],
    ['partner endpoint, no organisation', endpoint('org_a'), event('workspace.created', null), false],
    ['type filter matches', endpoint(VENDOR, ['user.updated']), event('user.updated', VENDOR), true],
    ['type filter excludes', endpoint(VENDOR, ['user.updated']), event('user.created', VENDOR), false],
    ['disabled endpoint', endpoint(VENDOR, [], 'disabled' as never), event('user.updated', VENDOR), false],
    [
      "the module's own events",
      endpoint(VENDOR),
      event('webhook_endpoint.created', VENDOR, 'webhook_endpoint'),
      false,
    ],
  ])('%s', (_case, target, happened, expected) => {
    expect(isEndpointSubscribed({ endpoint: target, event: happened, vendorOrganisationId: VENDOR })).toBe(
      expected,
    );
  });
});

describe('webhook payload', () => {
  it('names the event and carries the entity, its organisation, the actor and both snapshots', () => {
    const occurredAt = new Date('2030-01-02T03:04:05.678Z');
    const payload = webhookPayload({
      id: 'evt_1',
      workspaceId: 'wksp_1',
      organisationId: 'org_a',
      type: 'organisation.updated',
      entityType: 'organisation',
      entityId: 'org_a',
      actorType: 'user',
      actorId: 'user_1',
      data: { before: { country: null }, after: { country: 'FR' } },
      occurredAt,
      dispatchedAt: null,
    });
    expect(payload).toEqual({
      type: 'organisation.updated',
      timestamp: '2030-01-02T03:04:05.678Z',
      data: {
        id: 'org_a',
        entityType: 'organisation',
        organisationId: 'org_a',
        actor: { type: 'user', id: 'user_1' },
        before: { country: null },
        after: { country: 'FR' },
      },
    });
  });
});

describe('after an attempt', () => {
  const now = new Date('2030-01-10T00:00:00Z');
  const fresh = { consecutiveFailures: 0, firstFailureAt: null };
  const failed = (isRetryable: boolean, isGone = false) => ({
    outcome: 'failed' as const,
    isRetryable,
    isGone,
  });
  const base = { attemptedAt: now, isEndpointEnabled: true, retryDelay: () => 1000 };

  it('a success delivers and ends the endpoint failure streak', () => {
    const outcome = decideAfterAttempt({
      ...base,
      result: { outcome: 'delivered', isRetryable: false, isGone: false },
      attemptNumber: 3,
      streak: { consecutiveFailures: 7, firstFailureAt: new Date('2030-01-09T00:00:00Z') },
    });
    expect(outcome).toMatchObject({ status: 'delivered', retryInMs: null, disableReason: null });
    expect(outcome.streak).toEqual(fresh);
  });

  it('a retryable failure schedules the next attempt and starts the streak', () => {
    const outcome = decideAfterAttempt({ ...base, result: failed(true), attemptNumber: 1, streak: fresh });
    expect(outcome).toMatchObject({ status: 'pending', retryInMs: 1000, disableReason: null });
    expect(outcome.streak).toEqual({ consecutiveFailures: 1, firstFailureAt: now });
  });

  it('gives up when the schedule says so, or at once when a retry cannot help', () => {
    const real = decideAfterAttempt({
      attemptedAt: now,
      isEndpointEnabled: true,
      result: failed(true),
      attemptNumber: MAX_ATTEMPTS,
      streak: fresh,
    });
    expect(real).toMatchObject({ status: 'failed', stopReason: `Gave up after ${MAX_ATTEMPTS} attempts.` });
    const rejected = decideAfterAttempt({ ...base, result: failed(false), attemptNumber: 1, streak: fresh });
    expect(rejected).toMatchObject({ status: 'failed', retryInMs: null, stopReason: null });
  });

  it('does not retry for an endpoint disabled meanwhile', () => {
    const outcome = decideAfterAttempt({
      ...base,
      isEndpointEnabled: false,
      result: failed(true),
      attemptNumber: 1,
      streak: fresh,
    });
    expect(outcome).toMatchObject({ status: 'failed', stopReason: 'The endpoint was disabled.' });
  });

  it('disables on 410 Gone at once, and after a long streak of failures only', () => {
    const gone = decideAfterAttempt({
      ...base,
      result: failed(false, true),
      attemptNumber: 1,
      streak: fresh,
    });
    expect(gone.disableReason).toMatch(/410 Gone/);
    const longAgo = new Date(now.getTime() - DISABLE_AFTER_FAILING_FOR_MS);
    const long = decideAfterAttempt({
      ...base,
      result: failed(true),
      attemptNumber: 2,
      streak: { consecutiveFailures: MIN_FAILURES_BEFORE_DISABLE, firstFailureAt: longAgo },
    });
    expect(long).toMatchObject({ status: 'failed', retryInMs: null });
    expect(long.disableReason).toMatch(/failed for 5 days/);
    const short = decideAfterAttempt({
      ...base,
      result: failed(true),
      attemptNumber: 2,
      streak: { consecutiveFailures: 500, firstFailureAt: new Date(now.getTime() - 60_000) },
    });
    expect(short.disableReason).toBeNull();
  });
});
