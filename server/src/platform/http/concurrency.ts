import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../errors.ts';

/** Strong ETag from a row's version counter. */
export function etagOf(version: number): string {
  return `"${version}"`;
}

export function setEtag(reply: FastifyReply, version: number): void {
  reply.header('etag', etagOf(version));
}

/** Version the client last saw, from `If-Match`; undefined when the header is absent. */
export function expectedVersion(request: FastifyRequest): number | undefined {
  const header = request.headers['if-match'];
  if (header === undefined) return undefined;
  const match = /^(?:W\/)?"(\d{1,9})"$/.exec(String(header).trim());
  if (!match) {
    throw new DomainError(
      'precondition_failed',
      'invalid_if_match',
      'If-Match must be an ETag this API issued.',
      [{ field: 'header.if-match', message: 'is not an ETag this API issued' }],
    );
  }
  return Number(match[1]);
}

export function assertVersion(entity: string, current: number, expected: number | undefined): void {
  if (expected !== undefined && expected !== current) {
    throw new DomainError(
      'precondition_failed',
      'version_mismatch',
      `The ${entity} changed since you loaded it (now version ${current}); reload and try again.`,
      [{ field: 'header.if-match', message: `expected ${etagOf(current)}` }],
    );
  }
}
