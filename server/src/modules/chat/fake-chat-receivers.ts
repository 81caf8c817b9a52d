// Test support only: fake Slack and Teams incoming webhooks on 127.0.0.1. They check what arrives
// against the vendors' documented formats, strictly, and answer the way the real services do.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type ReceivedChatMessage = { headers: IncomingHttpHeaders; body: string; json: unknown };
export type FakeAnswer = { status: number; body?: string; headers?: Record<string, string> };
/** The answer to the n-th request (0-based): a canned one, 'normal' (validate and accept) or 'hang'. */
export type FakePlan = (index: number) => FakeAnswer | 'normal' | 'hang';

export type FakeChatReceiver = {
  url: string;
  /** Every well-formed message that was accepted. */
  accepted: ReceivedChatMessage[];
  /** Everything that arrived, including refused and canned answers. */
  received: ReceivedChatMessage[];
  /** Why malformed messages were refused; a passing test expects this to stay empty. */
  problems: string[];
  reply: (plan: FakePlan) => void;
  close: () => Promise<void>;
};

type Check = (json: unknown) => string | null;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function exactKeys(
  value: unknown,
  where: string,
  required: string[],
  optional: string[] = [],
): string | null {
  if (!isObject(value)) return `${where} is not an object`;
  const keys = Object.keys(value);
  const unknown = keys.filter((key) => !required.includes(key) && !optional.includes(key));
  if (unknown.length > 0) return `${where} has unknown fields ${unknown.join(', ')}`;
  const missing = required.filter((key) => !keys.includes(key));
  return missing.length > 0 ? `${where} lacks ${missing.join(', ')}` : null;
}

/** Slack mrkdwn: `&`, `<`, `>` must be escaped except in `<https://…|label>` links. */
function mrkdwnProblem(text: unknown, where: string): string | null {
  if (typeof text !== 'string' || text.length === 0) return `${where} is not a non-empty string`;
  if (text.length > 3000) return `${where} is longer than 3000 characters`;
  const withoutLinks = text.replace(/<https?:\/\/[^|<>\s]+\|[^<>]*>/g, '');
  if (/[<>]/.test(withoutLinks)) return `${where} has an unescaped < or >`;
  if (/&(?!amp;|lt;|gt;)/.test(withoutLinks)) return `${where} has an unescaped &`;
  return null;
}

const checkSlack: Check = (json) => {
  const top = exactKeys(json, 'message', ['text', 'blocks']);
  if (top) return top;
  const { text, blocks } = json as { text: unknown; blocks: unknown };
  const textProblem = mrkdwnProblem(text, 'text');
  if (textProblem) return textProblem;
  if (!Array.isArray(blocks) || blocks.length === 0 || blocks.length > 50) return 'blocks is not 1–50 blocks';
  for (const [index, block] of blocks.entries()) {
    const problem =
      exactKeys(block, `blocks.${index}`, ['type', 'text']) ??
      (block.type === 'section' ? null : `blocks.${index}.type is not section`) ??
      exactKeys(block.text, `blocks.${index}.text`, ['type', 'text']) ??
      (block.text.type === 'mrkdwn' ? null : `blocks.${index}.text.type is not mrkdwn`) ??
      mrkdwnProblem(block.text.text, `blocks.${index}.text.text`);
    if (problem) return problem;
  }
  return null;
};

const checkTeams: Check = (json) => {
  const top = exactKeys(json, 'message', ['type', 'attachments']);
  if (top) return top;
  const { type, attachments } = json as { type: unknown; attachments: unknown };
  if (type !== 'message') return 'type is not message';
  if (!Array.isArray(attachments) || attachments.length !== 1) return 'attachments is not one attachment';
  const [attachment] = attachments as Record<string, unknown>[];
  const shape = exactKeys(attachment, 'attachments.0', ['contentType', 'content']);
  if (shape) return shape;
  if (attachment!.contentType !== 'application/vnd.microsoft.card.adaptive') return 'not an Adaptive Card';
  const card = attachment!.content as Record<string, unknown>;
  const cardShape = exactKeys(card, 'card', ['$schema', 'type', 'version', 'body', 'actions']);
  if (cardShape) return cardShape;
  if (card.$schema !== 'http://adaptivecards.io/schemas/adaptive-card.json') return 'card.$schema is wrong';
  if (card.type !== 'AdaptiveCard' || card.version !== '1.4') return 'card is not an AdaptiveCard 1.4';
  if (!Array.isArray(card.body) || card.body.length === 0) return 'card.body is empty';
  for (const [index, element] of card.body.entries()) {
    const problem = exactKeys(element, `card.body.${index}`, ['type', 'text', 'wrap'], ['weight']);
    if (problem) return problem;
    if (element.type !== 'TextBlock' || typeof element.text !== 'string' || !element.text) {
      return `card.body.${index} is not a TextBlock with text`;
    }
    if (element.wrap !== true || (element.weight !== undefined && element.weight !== 'Bolder')) {
      return `card.body.${index} has a wrong wrap or weight`;
    }
  }
  if (!Array.isArray(card.actions)) return 'card.actions is not a list';
  for (const [index, action] of card.actions.entries()) {
    const problem = exactKeys(action, `card.actions.${index}`, ['type', 'title', 'url']);
    if (problem) return problem;
    if (action.type !== 'Action.OpenUrl' || !/^https?:\/\//.test(String(action.url))) {
      return `card.actions.${index} is not an Action.OpenUrl with an absolute URL`;
    }
  }
  return null;
};

async function startFake({
  path,
  check,
  accept,
  refuse,
  plan,
}: {
  path: string;
  check: Check;
  accept: FakeAnswer;
  refuse: FakeAnswer;
  plan: FakePlan;
}): Promise<FakeChatReceiver> {
  const accepted: ReceivedChatMessage[] = [];
  const received: ReceivedChatMessage[] = [];
  const problems: string[] = [];
  let current = plan;
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      let json: unknown = null;
      let problem: string | null = null;
      if (request.method !== 'POST' || request.url !== path) problem = `${request.method} ${request.url}`;
      else if (!String(request.headers['content-type']).startsWith('application/json')) problem = 'not JSON';
      else {
        try {
          json = JSON.parse(body);
          problem = check(json);
        } catch {
          problem = 'body is not JSON';
        }
      }
      const message = { headers: request.headers, body, json };
      const planned = current(received.length);
      received.push(message);
      if (planned === 'hang') return;
      let answer: FakeAnswer;
      if (planned !== 'normal') answer = planned;
      else if (problem) {
        problems.push(problem);
        answer = refuse;
      } else {
        accepted.push(message);
        answer = accept;
      }
      response.writeHead(answer.status, { 'content-type': 'text/plain; charset=utf-8', ...answer.headers });
      response.end(answer.body ?? '');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`,
    accepted,
    received,
    problems,
    reply: (next) => {
      current = next;
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** Slack: 200 `ok`; a malformed message gets 400 `invalid_payload`. */
export function startFakeSlack(plan: FakePlan = () => 'normal') {
  return startFake({
    path: '/services/T0000000/B0000000/XXXXXXXXXXXXXXXXXXXXXXXX',
    check: checkSlack,
    accept: { status: 200, body: 'ok' },
    refuse: { status: 400, body: 'invalid_payload' },
    plan,
  });
}

/** Teams: a legacy connector answers 200 `1`, a Workflow 202 with no body. */
export function startFakeTeams({
  mode = 'workflow',
  plan = () => 'normal',
}: {
  mode?: 'connector' | 'workflow';
  plan?: FakePlan;
} = {}) {
  return startFake({
    path: '/webhookb2/00000000-0000-0000-0000-000000000000/IncomingWebhook/abcdef0123456789',
    check: checkTeams,
    accept: mode === 'connector' ? { status: 200, body: '1' } : { status: 202 },
    refuse: { status: 400, body: 'Bad payload received by generic incoming webhook.' },
    plan,
  });
}
