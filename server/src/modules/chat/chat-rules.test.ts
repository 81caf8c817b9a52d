import { describe, expect, it } from 'vitest';
import { classifyChatResponse, parseRetryAfter } from './chat-response.ts';
import { isIntegrationSubscribed } from './chat-subscriptions.ts';
import { checkChatWebhookUrl, maskWebhookUrl } from './chat-url.ts';

const SLACK = 'https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX';
const TEAMS = 'https://contoso.webhook.office.com/webhookb2/1d3c5e7f@72f988bf/IncomingWebhook/abc123/4f5e6d';
const WORKFLOW =
  'https://prod-23.westeurope.logic.azure.com:443/workflows/8a7b6c/triggers/manual/paths/invoke?api-version=2016-06-01&sig=AbCdEf123';

describe('checkChatWebhookUrl', () => {
  const hosted = { allowPrivateNetworks: false };
  const selfHosted = { allowPrivateNetworks: true };

  it.each([
    ['slack', SLACK, true],
    ['teams', TEAMS, true],
    ['teams', WORKFLOW, true],
    ['slack', 'https://hooks.slack.com/workflows/T0/A0/1/x', false], // not an incoming webhook
    ['slack', 'http://hooks.slack.com/services/T0/B0/X', false], // not https
    ['slack', 'https://chat.example.com/hooks/abc', false],
    ['teams', 'https://webhook.office.com.evil.example/x', false],
    ['slack', TEAMS, false],
    ['teams', SLACK, false],
    ['slack', 'http://127.0.0.1:9/services/x', false],
  ] as const)('hosted: %s %s → %s', (kind, url, isAllowed) => {
    expect(checkChatWebhookUrl(kind, url, hosted).isAllowed).toBe(isAllowed);
  });

  it.each([
    ['slack', 'https://mattermost.example.com/hooks/abc', true],
    ['teams', 'http://127.0.0.1:9/webhook', true],
    ['slack', 'ftp://127.0.0.1/x', false],
    ['slack', 'https://user:pw@example.com/x', false],
    ['slack', TEAMS, false],
  ] as const)('self-hosted: %s %s → %s', (kind, url, isAllowed) => {
    expect(checkChatWebhookUrl(kind, url, selfHosted).isAllowed).toBe(isAllowed);
  });

  it('refuses the masked form pasted back', () => {
    expect(checkChatWebhookUrl('slack', maskWebhookUrl(SLACK), hosted)).toEqual({
      isAllowed: false,
      reason: 'This is the masked URL; paste the whole incoming-webhook URL.',
    });
  });
});

describe('maskWebhookUrl', () => {
  it.each([
    [SLACK, 'https://hooks.slack.com/services/T000…/…XXXX'],
    [TEAMS, 'https://contoso.webhook.office.com/webhookb2/1d3c…/…5e6d'],
    [WORKFLOW, 'https://prod-23.westeurope.logic.azure.com/workflows/8a7b…/…f123'],
    ['http://127.0.0.1:8080/hooks', 'http://127.0.0.1:8080/…'],
    ['https://chat.example.com/a/b', 'https://chat.example.com/a/…'],
    ['https://chat.example.com/0123456789abcdefghijklmnopqrstuv', 'https://chat.example.com/0123…/…stuv'],
    ['not a url', '…'],
  ])('%s → %s', (url, masked) => {
    expect(maskWebhookUrl(url)).toBe(masked);
  });
});

describe('classifyChatResponse', () => {
  const now = new Date('2025-01-01T00:00:00Z');
  it.each([
    ['slack', 200, 'ok', { outcome: 'delivered', isRetryable: false, isGone: false }],
    ['teams', 200, '1', { outcome: 'delivered', isRetryable: false, isGone: false }],
    ['teams', 202, '', { outcome: 'delivered', isRetryable: false, isGone: false }],
    ['slack', 400, 'invalid_payload', { outcome: 'failed', isRetryable: false, isGone: false }],
    ['slack', 403, 'action_prohibited', { outcome: 'failed', isRetryable: false, isGone: false }],
    ['slack', 403, 'invalid_token', { outcome: 'failed', isRetryable: false, isGone: true }],
    ['slack', 404, 'no_service', { outcome: 'failed', isRetryable: false, isGone: true }],
    ['slack', 404, 'channel_not_found', { outcome: 'failed', isRetryable: false, isGone: true }],
    ['slack', 410, 'channel_is_archived', { outcome: 'failed', isRetryable: false, isGone: true }],
    ['slack', 400, 'no_service_id', { outcome: 'failed', isRetryable: false, isGone: true }],
    ['teams', 404, '', { outcome: 'failed', isRetryable: false, isGone: true }],
    ['teams', 400, 'Bad payload', { outcome: 'failed', isRetryable: false, isGone: false }],
    ['slack', 500, 'rollup_error', { outcome: 'failed', isRetryable: true, isGone: false }],
    ['teams', 502, '', { outcome: 'failed', isRetryable: true, isGone: false }],
    ['slack', 429, '', { outcome: 'failed', isRetryable: true, isGone: false }],
    ['teams', 408, '', { outcome: 'failed', isRetryable: true, isGone: false }],
    ['slack', 302, '', { outcome: 'failed', isRetryable: false, isGone: false }],
    [
      'teams',
      200,
      'Webhook message delivery failed with error: Microsoft Teams endpoint returned HTTP error 429',
      { outcome: 'failed', isRetryable: true, isGone: false },
    ],
  ] as const)('%s %i %j', (kind, statusCode, body, verdict) => {
    expect(classifyChatResponse({ kind, statusCode, body, now })).toMatchObject(verdict);
  });

  it('names the service, status and code in the error', () => {
    expect(
      classifyChatResponse({ kind: 'slack', statusCode: 410, body: 'channel_is_archived', now }).error,
    ).toBe('Slack answered 410: channel_is_archived');
  });

  it('reads Retry-After on 429 and 503 only', () => {
    const verdict = (statusCode: number) =>
      classifyChatResponse({ kind: 'slack', statusCode, body: '', retryAfter: '30', now }).retryAfterSeconds;
    expect([verdict(429), verdict(503), verdict(500)]).toEqual([30, 30, null]);
  });
});

describe('parseRetryAfter', () => {
  const now = new Date('2025-01-01T00:00:00Z');
  it.each([
    ['120', 120],
    [' 0 ', 0],
    ['Wed, 01 Jan 2025 00:01:30 GMT', 90],
    ['Tue, 31 Dec 2024 23:00:00 GMT', 0],
    ['soon', null],
    ['-5', null],
    [null, null],
  ])('%j → %j', (value, seconds) => {
    expect(parseRetryAfter(value, now)).toBe(seconds);
  });
});

describe('isIntegrationSubscribed', () => {
  const vendorOrganisationId = 'org_vendor';
  const integration = (organisationId: string, eventTypes: string[] = [], status = 'enabled' as const) => ({
    organisationId,
    eventTypes,
    status,
  });
  const event = (organisationId: string | null, type = 'organisation.created') => ({ type, organisationId });

  it.each([
    ['vendor, any partner event', integration('org_vendor'), event('org_a'), true],
    ['vendor, workspace-wide event', integration('org_vendor'), event(null), true],
    ['vendor, filtered in', integration('org_vendor', ['organisation.created']), event('org_a'), true],
    ['vendor, filtered out', integration('org_vendor', ['api_key.created']), event('org_a'), false],
    ['partner, own event', integration('org_a'), event('org_a'), true],
    ["partner, another partner's event", integration('org_a'), event('org_b'), false],
    ['partner, workspace-wide event', integration('org_a'), event(null), false],
    ['disabled', { ...integration('org_vendor'), status: 'disabled' as const }, event('org_a'), false],
  ])('%s → %s', (_, candidate, incoming, expected) => {
    expect(isIntegrationSubscribed({ integration: candidate, event: incoming, vendorOrganisationId })).toBe(
      expected,
    );
  });
});
