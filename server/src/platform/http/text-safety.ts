import type { FastifyInstance } from 'fastify';
import { DomainError } from '../errors.ts';

export type UnsafeText = { field: string; message: string };

/**
 * Why a string cannot be stored as it is: PostgreSQL cannot hold U+0000 in text or jsonb, and a
 * lone UTF-16 surrogate (half of a character) has no UTF-8 form, so the audit trail's canonical
 * JSON refuses it and the database would store a replacement character instead of what was sent.
 */
const LONE_SURROGATE = /\p{Cs}/u;

function unsafeTextReason(text: string): string | null {
  if (text.includes('\u0000')) return 'must not contain NUL (U+0000) characters';
  if (LONE_SURROGATE.test(text)) return 'must be well-formed Unicode (no lone surrogate halves)';
  return null;
}

/**
 * The first string (or object key) in a parsed JSON value that cannot be stored, named like
 * `body.name` or `body.tags.2`. Walks with an explicit stack: a hostile body can nest thousands
 * of levels deep.
 */
export function findUnsafeText(root: unknown, rootPath: string): UnsafeText | null {
  const pending: [unknown, string][] = [[root, rootPath]];
  while (pending.length > 0) {
    const [value, path] = pending.pop()!;
    if (typeof value === 'string') {
      const message = unsafeTextReason(value);
      if (message) return { field: path, message };
    } else if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index--)
        pending.push([value[index], `${path}.${index}`]);
    } else if (value && typeof value === 'object') {
      const entries = Object.entries(value);
      for (let index = entries.length - 1; index >= 0; index--) {
        const [key, item] = entries[index]!;
        const message = unsafeTextReason(key);
        if (message)
          return {
            field: `${path}.${key.replaceAll('\u0000', '\\u0000').replace(/\p{Cs}/gu, '\uFFFD')}`,
            message,
          };
        pending.push([item, `${path}.${key}`]);
      }
    }
  }
  return null;
}

/** Text that cannot be stored would fail deep in a transaction: refuse it at the door, for every route, naming the field. */
export function registerTextSafety(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const unsafe = findUnsafeText(request.body, 'body') ?? findUnsafeText(request.query, 'query');
    if (unsafe) {
      throw new DomainError('bad_request', 'invalid_input', `${unsafe.field} ${unsafe.message}.`, [unsafe]);
    }
  });
}
