import { createServer, type IncomingHttpHeaders, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { deliverWebhook, RESPONSE_BODY_LIMIT_BYTES, WEBHOOK_USER_AGENT } from './deliver-webhook.ts';
import { newWebhookSecret } from './webhook-secrets.ts';

const TIMEOUT_MS = 300;

type Received = {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  isVerified: boolean;
  verificationError: string | null;
};

type Reply = (res: Parameters<RequestListener>[1], path: string) => void;

const servers: Server[] = [];

afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

async function listen(handler: RequestListener): Promise<string> {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** A receiver as our customers write one: verifies with the reference library, then answers. */
async function startReceiver({ secret, reply = (res) => res.end('ok') }: { secret: string; reply?: Reply }) {
  const received: Received[] = [];
  const url = await listen((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      let verificationError: string | null = null;
      try {
        new Webhook(secret).verify(body, req.headers as Record<string, string>);
      } catch (error) {
        verificationError = (error as Error).message;
      }
      received.push({
        path: req.url ?? '',
        headers: req.headers,
        body,
        isVerified: !verificationError,
        verificationError,
      });
      reply(res, req.url ?? '');
    });
  });
  return { url, received };
}

function deliver(url: string, secrets: string[], extra: Partial<Parameters<typeof deliverWebhook>[0]> = {}) {
  return deliverWebhook({
    url,
    id: 'msg_01jtest',
    timestamp: new Date(),
    payload: { type: 'deal_registration.approved', data: { id: 'dreg_1', note: 'Grüße' } },
    secrets,
    timeoutMs: TIMEOUT_MS,
    allowPrivateNetworks: true,
    ...extra,
  });
}

function status(code: number, body = ''): Reply {
  return (res) => {
    res.statusCode = code;
    res.end(body);
  };
}

describe('deliverWebhook signing', () => {
  it('delivers a body and headers the reference verifier accepts', async () => {
    const secret = newWebhookSecret();
    const receiver = await startReceiver({ secret });
    const timestamp = new Date();

    const result = await deliver(receiver.url, [secret], { timestamp });

    expect(result).toMatchObject({ outcome: 'delivered', statusCode: 200, responseBody: 'ok', error: null });
    expect(result).toMatchObject({ isRetryable: false, isGone: false });
    const [got] = receiver.received;
    expect(got?.verificationError).toBeNull();
    expect(JSON.parse(got?.body ?? '')).toEqual({
      type: 'deal_registration.approved',
      data: { id: 'dreg_1', note: 'Grüße' },
    });
    expect(got?.headers).toMatchObject({
      'content-type': 'application/json',
      'user-agent': WEBHOOK_USER_AGENT,
      'webhook-id': 'msg_01jtest',
      'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
    });
    expect(got?.headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
  });

  it('signs with both secrets during rotation, so receivers holding either one verify', async () => {
    const oldSecret = newWebhookSecret();
    const newSecret = newWebhookSecret();
    const onOld = await startReceiver({ secret: oldSecret });
    const onNew = await startReceiver({ secret: newSecret });

    const results = await Promise.all([
      deliver(onOld.url, [newSecret, oldSecret]),
      deliver(onNew.url, [newSecret, oldSecret]),
    ]);

    expect(results.map((result) => result.outcome)).toEqual(['delivered', 'delivered']);
    expect(onOld.received[0]?.isVerified).toBe(true);
    expect(onNew.received[0]?.isVerified).toBe(true);
    expect(String(onNew.received[0]?.headers['webhook-signature']).split(' ')).toHaveLength(2);
  });

  it('does not verify for a receiver holding an unrelated secret', async () => {
    const receiver = await startReceiver({ secret: newWebhookSecret() });
    await deliver(receiver.url, [newWebhookSecret()]);
    expect(receiver.received[0]?.verificationError).toBe('No matching signature found');
  });

  it('does not verify a body tampered with on the way', async () => {
    const secret = newWebhookSecret();
    const receiver = await startReceiver({ secret });
    const tamperingFetch: typeof fetch = (input, init) =>
      fetch(input, { ...init, body: String(init?.body).replace('dreg_1', 'dreg_2') });

    await deliver(receiver.url, [secret], { fetchImpl: tamperingFetch });

    expect(receiver.received[0]?.body).toContain('dreg_2');
    expect(receiver.received[0]?.verificationError).toBe('No matching signature found');
  });
});

describe('deliverWebhook outcomes', () => {
  it.each([
    { code: 500, isRetryable: true, isGone: false },
    { code: 503, isRetryable: true, isGone: false },
    { code: 429, isRetryable: true, isGone: false },
    { code: 408, isRetryable: true, isGone: false },
    { code: 410, isRetryable: false, isGone: true },
    { code: 400, isRetryable: false, isGone: false },
    { code: 401, isRetryable: false, isGone: false },
  ])('$code → failed, retryable $isRetryable, gone $isGone', async ({ code, isRetryable, isGone }) => {
    const secret = newWebhookSecret();
    const receiver = await startReceiver({ secret, reply: status(code, 'nope') });
    const result = await deliver(receiver.url, [secret]);
    expect(result).toMatchObject({
      outcome: 'failed',
      statusCode: code,
      responseBody: 'nope',
      isRetryable,
      isGone,
    });
    expect(result.error).toContain(String(code));
  });

  it('treats any 2xx as delivered', async () => {
    const secret = newWebhookSecret();
    const receiver = await startReceiver({ secret, reply: status(204) });
    expect(await deliver(receiver.url, [secret])).toMatchObject({ outcome: 'delivered', statusCode: 204 });
  });

  it('does not follow a redirect', async () => {
    const secret = newWebhookSecret();
    const receiver = await startReceiver({
      secret,
      reply: (res, path) => {
        if (path === '/hook') res.writeHead(302, { location: '/elsewhere' });
        res.end();
      },
    });

    const result = await deliver(`${receiver.url}/hook`, [secret]);

    expect(result).toMatchObject({ outcome: 'failed', statusCode: 302, isRetryable: false, isGone: false });
    expect(receiver.received.map((got) => got.path)).toEqual(['/hook']);
  });

  it('gives up after timeoutMs when the receiver never answers, and may retry', async () => {
    const url = await listen(() => {});
    const result = await deliver(url, [newWebhookSecret()]);
    expect(result).toMatchObject({ outcome: 'failed', statusCode: null, isRetryable: true, isGone: false });
    expect(result.error).toBe(`No response within ${TIMEOUT_MS} ms.`);
    expect(result.durationMs).toBeGreaterThanOrEqual(TIMEOUT_MS - 5);
    expect(result.durationMs).toBeLessThan(TIMEOUT_MS + 1000);
  });

  it('reports a refused connection as retryable', async () => {
    const url = await listen(() => {});
    for (const server of servers.splice(0)) await new Promise((resolve) => server.close(resolve));

    const result = await deliver(url, [newWebhookSecret()]);

    expect(result).toMatchObject({ outcome: 'failed', statusCode: null, isRetryable: true });
    expect(result.error).toContain('ECONNREFUSED');
  });

  it('keeps only the first 2 KB of a long response body', async () => {
    const secret = newWebhookSecret();
    const receiver = await startReceiver({ secret, reply: status(500, 'x'.repeat(10_000)) });
    const result = await deliver(receiver.url, [secret]);
    expect(result.responseBody).toBe('x'.repeat(RESPONSE_BODY_LIMIT_BYTES));
  });

  it('does not cut a multi-byte character in half at the limit', async () => {
    const secret = newWebhookSecret();
    const body = `${'x'.repeat(RESPONSE_BODY_LIMIT_BYTES - 1)}€ and more`;
    const receiver = await startReceiver({ secret, reply: status(200, body) });
    const result = await deliver(receiver.url, [secret]);
    expect(result.responseBody).toBe('x'.repeat(RESPONSE_BODY_LIMIT_BYTES - 1));
  });

  it('stops reading an endless response body and drops the connection', async () => {
    let isClosed = false;
    const url = await listen((req, res) => {
      req.resume();
      res.writeHead(200);
      const timer = setInterval(() => res.write('y'.repeat(512)), 5);
      res.on('close', () => {
        clearInterval(timer);
        isClosed = true;
      });
    });
    const result = await deliver(url, [newWebhookSecret()], { timeoutMs: 5_000 });
    expect(result).toMatchObject({ outcome: 'delivered', statusCode: 200 });
    expect(result.responseBody).toHaveLength(RESPONSE_BODY_LIMIT_BYTES);
    expect(result.durationMs).toBeLessThan(1_000);
    // Otherwise the worker would keep a socket open, and the receiver streaming into it, for good.
    await vi.waitFor(() => expect(isClosed).toBe(true), { timeout: 1_000 });
  });
});

describe('deliverWebhook refuses before sending', () => {
  it.each([
    { name: 'a private address by default', args: { allowPrivateNetworks: undefined }, error: /loopback/ },
    { name: 'an unusable secret', args: { secrets: ['whsec_short'] }, error: /secret #1/ },
    { name: 'no secret', args: { secrets: [] }, error: /at least one secret/ },
    { name: 'an unserialisable payload', args: { payload: undefined }, error: /JSON/ },
    { name: 'an id that cannot be a header', args: { id: 'msg\n1' }, error: /./ },
  ])('$name → failed, not retryable, nothing sent', async ({ args, error }) => {
    const secret = newWebhookSecret();
    const receiver = await startReceiver({ secret });
    const result = await deliver(receiver.url, [secret], args);
    expect(result).toMatchObject({ outcome: 'failed', statusCode: null, isRetryable: false });
    expect(result.error).toMatch(error);
    expect(receiver.received).toHaveLength(0);
  });
});
