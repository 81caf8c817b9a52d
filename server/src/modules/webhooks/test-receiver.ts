// Test support only: a webhook receiver on 127.0.0.1 that records what arrives and answers as told.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

export type ReceivedWebhook = {
  headers: IncomingHttpHeaders;
  body: string;
  json: { type: string; timestamp: string; data: Record<string, unknown> & { id: string } };
};

/** The status to answer the n-th request (0-based) with, or 'hang' to never answer. */
export type ReplyPlan = (index: number) => number | 'hang';

export type TestReceiver = {
  url: string;
  received: ReceivedWebhook[];
  /** Whether a message verifies with `secret`, as a receiver using the reference library checks it. */
  verifies: (message: ReceivedWebhook, secret: string) => boolean;
  reply: (plan: ReplyPlan) => void;
  close: () => Promise<void>;
};

export async function startTestReceiver(plan: ReplyPlan = () => 200): Promise<TestReceiver> {
  const received: ReceivedWebhook[] = [];
  let current = plan;
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const answer = current(received.length);
      received.push({ headers: request.headers, body, json: JSON.parse(body) });
      if (answer === 'hang') return;
      response.statusCode = answer;
      response.end(answer === 200 ? 'ok' : `answer ${answer}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`,
    received,
    verifies: (message, secret) => {
      try {
        new Webhook(secret).verify(message.body, message.headers as Record<string, string>);
        return true;
      } catch {
        return false;
      }
    },
    reply: (next) => {
      current = next;
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
