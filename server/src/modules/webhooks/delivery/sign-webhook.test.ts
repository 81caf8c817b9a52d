import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import { signWebhook } from './sign-webhook.ts';
import { isValidWebhookSecret, newWebhookSecret, webhookSecretSchema } from './webhook-secrets.ts';

describe('newWebhookSecret', () => {
  it('is whsec_ and base64 of 32 random bytes, different each time', () => {
    const secrets = new Set(Array.from({ length: 20 }, newWebhookSecret));
    expect(secrets.size).toBe(20);
    for (const secret of secrets) {
      expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
      expect(Buffer.from(secret.slice('whsec_'.length), 'base64')).toHaveLength(32);
      expect(isValidWebhookSecret(secret)).toBe(true);
    }
  });
});

describe('webhook secret format', () => {
  const bytes = (count: number) => Buffer.alloc(count, 7).toString('base64');
  it.each([
    [`whsec_${bytes(24)}`, true],
    [`whsec_${bytes(32)}`, true],
    [`whsec_${bytes(64)}`, true],
    [`whsec_${bytes(23)}`, false], // too short
    [`whsec_${bytes(65)}`, false], // too long
    [bytes(32), false], // missing prefix
    [`whsec_${bytes(32).replace('=', '')}`, false], // missing padding: the library refuses it
    [`whsec_${Buffer.alloc(32, 251).toString('base64url')}`, false], // URL-safe alphabet
    ['whsec_', false],
    [`whsec_ ${bytes(32)}`, false],
  ])('%s → %s', (secret, isValid) => {
    expect(isValidWebhookSecret(secret)).toBe(isValid);
    expect(webhookSecretSchema.safeParse(secret).success).toBe(isValid);
  });

  it('every secret we accept is one the reference library accepts', () => {
    expect(() => new Webhook(`whsec_${bytes(24)}`)).not.toThrow();
    expect(() => new Webhook(newWebhookSecret())).not.toThrow();
  });
});

describe('signWebhook', () => {
  const timestamp = new Date('2025-06-10T12:00:00.999Z');
  const body = '{"type":"partner.created"}';

  it('matches the reference library for one secret and puts seconds in the header', () => {
    const secret = newWebhookSecret();
    const headers = signWebhook({ id: 'msg_1', timestamp, body, secrets: [secret] });
    expect(headers).toEqual({
      'webhook-id': 'msg_1',
      'webhook-timestamp': '1749556800',
      'webhook-signature': new Webhook(secret).sign('msg_1', timestamp, body),
    });
  });

  it('matches a known Standard Webhooks test vector', () => {
    // The test vector published with the Standard Webhooks reference libraries.
    const headers = signWebhook({
      id: 'msg_p5jXN8AQM9LWM0D4loKWxJek',
      timestamp: new Date(1614265330 * 1000),
      body: '{"test": 2432232314}',
      secrets: ['whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'],
    });
    expect(headers['webhook-signature']).toBe('v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
  });

  it('signs once per secret, in order, separated by spaces', () => {
    const [current, previous] = [newWebhookSecret(), newWebhookSecret()];
    const signature = signWebhook({ id: 'msg_1', timestamp, body, secrets: [current, previous] })[
      'webhook-signature'
    ];
    expect(signature.split(' ')).toEqual([
      new Webhook(current).sign('msg_1', timestamp, body),
      new Webhook(previous).sign('msg_1', timestamp, body),
    ]);
  });

  it.each([
    ['no secrets', { secrets: [] }, /at least one secret/],
    ['a malformed secret', { secrets: ['whsec_abc'] }, /secret #1 is unusable/],
    ['an empty id', { id: '' }, /message id/],
    ['an invalid date', { timestamp: new Date(Number.NaN) }, /valid timestamp/],
  ])('refuses %s', (_, override, message) => {
    const args = { id: 'msg_1', timestamp, body, secrets: [newWebhookSecret()], ...override };
    expect(() => signWebhook(args)).toThrow(message);
  });

  it('never puts a secret in its error messages', () => {
    const secret = 'whsec_c2VjcmV0';
    expect(() => signWebhook({ id: 'msg_1', timestamp, body, secrets: [secret] })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('c2VjcmV0') }),
    );
  });
});
