import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorkers } from '../src/workers.ts';
import { as, createTestWorkspace, type TestWorkspace } from './factories.ts';
import { createTestApp, TEST_SECRET, type TestApp } from './harness.ts';
import { startSmtpPeer } from './smtp-peer.ts';

type Received = { headers: IncomingHttpHeaders; body: string };

let smtp: Awaited<ReturnType<typeof startSmtpPeer>>;
let t: TestApp;
let world: TestWorkspace;
let workers: Awaited<ReturnType<typeof startWorkers>>;
const received: Received[] = [];
const receiver = createServer((request, response) => {
  let body = '';
  request.on('data', (chunk) => {
    body += chunk;
  });
  request.on('end', () => {
    received.push({ headers: request.headers, body });
    response.writeHead(204).end();
  });
});

beforeAll(async () => {
  smtp = await startSmtpPeer();
  receiver.listen(0, '127.0.0.1');
  await once(receiver, 'listening');
  t = await createTestApp({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port) });
  world = await createTestWorkspace(t.database.db);
  workers = await startWorkers({
    ownerUrl: t.ownerUrl,
    db: t.database.db,
    config: t.config,
    secret: TEST_SECRET,
    log: () => undefined,
    idlePollMs: 100,
  });
});
afterAll(async () => {
  await workers.stop();
  await t.close();
  await smtp.close();
  receiver.close();
});

describe('one change through the API', () => {
  it('produces, with no further call, the in-app notice, the e-mail and a verifiable signed webhook', async () => {
    const { port } = receiver.address() as AddressInfo;
    const endpoint = await as(t.app, world.vendor.admin).post('/api/v1/webhook-endpoints', {
      url: `http://127.0.0.1:${port}/hooks`,
      eventTypes: ['organisation.created'],
    });
    expect(endpoint.statusCode).toBe(201);
    const { secret } = endpoint.json();

    const created = await as(t.app, world.vendor.channel_manager).post('/api/v1/organisations', {
      name: 'Adventure Works',
      region: 'emea',
    });
    expect(created.statusCode).toBe(201);
    const poll = { timeout: 20_000, interval: 100 };

    await expect
      .poll(
        async () => (await as(t.app, world.vendor.admin).get('/api/v1/notifications')).json().data[0]?.title,
        poll,
      )
      .toBe('New partner: Adventure Works');

    const mails = () =>
      smtp.to(world.vendor.admin.email).filter((entry) => entry.mail.subject?.includes('Adventure Works'));
    await expect.poll(() => mails().length, poll).toBe(1);

    const hooks = () => received.filter((hook) => hook.body.includes(created.json().id));
    await expect.poll(() => hooks().length, poll).toBe(1);
    const [hook] = hooks();
    const verified = new Webhook(secret).verify(hook!.body, {
      'webhook-id': String(hook!.headers['webhook-id']),
      'webhook-timestamp': String(hook!.headers['webhook-timestamp']),
      'webhook-signature': String(hook!.headers['webhook-signature']),
    }) as { type: string; data: { id: string; after: { name: string } } };
    expect(verified.type).toBe('organisation.created');
    expect(verified.data).toMatchObject({ id: created.json().id, after: { name: 'Adventure Works' } });
  }, 40_000);
});
