/**
 * What every answer must look like, and a count of the answers for the summary each file prints.
 */
import type { LightMyRequestResponse as InjectResponse } from 'fastify';
import { describeRequest, type FuzzRequest, shorten } from './request.ts';
import type { Route } from './routes.ts';
import { isPlainObject } from './schema.ts';

export type LoggedError = { msg?: string; err?: { message?: string; stack?: string } };

/** An answer, and what the server logged at level error while it made it (a 5xx's stack trace). */
export type Exchange = { response: InjectResponse; serverErrors: LoggedError[] };

function fail(route: Route, request: FuzzRequest, { response, serverErrors }: Exchange, why: string): never {
  const logged = serverErrors
    .map(
      (entry) =>
        `\n  server log: ${entry.msg ?? ''} ${shorten(entry.err?.stack ?? entry.err?.message ?? '', 2500)}`,
    )
    .join('');
  throw new Error(
    `${why}\n  request:  ${describeRequest(route, request)}\n  response: ${response.statusCode} ${
      response.headers['content-type'] ?? '(no content-type)'
    } ${shorten(response.body, 600)}${logged}`,
  );
}

/** RFC 9457 problem+json with our fields, never a 5xx; `mustRefuse` also demands a 4xx. */
export function judge(
  route: Route,
  request: FuzzRequest,
  exchange: Exchange,
  { mustRefuse }: { mustRefuse: boolean },
): void {
  const { response } = exchange;
  const failWith: (why: string) => never = (why) => fail(route, request, exchange, why);
  const status = response.statusCode;
  if (status >= 500) failWith(`server error ${status}`);
  if (mustRefuse && status < 400) failWith(`malformed request was accepted with ${status}`);
  if (status < 400) return;
  const contentType = String(response.headers['content-type'] ?? '');
  if (!contentType.includes('application/problem+json')) {
    failWith('error answer is not application/problem+json');
  }
  let problem: Record<string, unknown>;
  try {
    problem = JSON.parse(response.body);
  } catch {
    failWith('problem body is not JSON');
  }
  if (!isPlainObject(problem)) failWith('problem body is not an object');
  if (typeof problem.type !== 'string' || !problem.type) failWith('problem has no `type`');
  if (typeof problem.title !== 'string' || !problem.title) failWith('problem has no `title`');
  if (problem.status !== status) failWith('problem `status` differs from the HTTP status');
  if (typeof problem.code !== 'string' || !problem.code) failWith('problem has no `code`');
  if ((status === 400 || status === 422) && problem.errors !== undefined) {
    const errors = problem.errors;
    const wellFormed =
      Array.isArray(errors) &&
      errors.every(
        (entry) =>
          isPlainObject(entry) &&
          typeof entry.field === 'string' &&
          entry.field.length > 0 &&
          typeof entry.message === 'string' &&
          entry.message.length > 0,
      );
    if (!wellFormed) failWith('`errors` is not a list of { field, message }');
  }
}

export type Tally = { record: (status: number) => void; summary: (operations: number) => string };

export function createTally(): Tally {
  let requests = 0;
  const statuses = new Map<number, number>();
  return {
    record: (status) => {
      requests++;
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    },
    summary: (operations) => {
      const counts = [...statuses].sort(([a], [b]) => a - b).map(([status, count]) => `${status}×${count}`);
      return `sent ${requests} requests to ${operations} documented operations (${counts.join(', ')})`;
    },
  };
}
