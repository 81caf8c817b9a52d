import type { FastifyInstance } from 'fastify';
import { DomainError } from '../errors.ts';

/**
 * Where the first NUL character sits in a parsed JSON value, as `body.name` or `body.tags.2`.
 * Walks with an explicit stack: a hostile body can nest thousands of levels deep.
 */
export function findNulCharacter(root: unknown, rootPath: string): string | null {
  const pending: [unknown, string][] = [[root, rootPath]];
  while (pending.length > 0) {
    const [value, path] = pending.pop()!;
    if (typeof value === 'string') {
      if (value.includes('\u0000')) return path;
    } else if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index--)
        pending.push([value[index], `${path}.${index}`]);
    } else if (value && typeof value === 'object') {
      const entries = Object.entries(value);
      for (let index = entries.length - 1; index >= 0; index--) {
        const [key, item] = entries[index]!;
        if (key.includes('\u0000')) return `${path}.${key.replaceAll('\u0000', '\\u0000')}`;
        pending.push([item, `${path}.${key}`]);
      }
    }
  }
  return null;
}

/**
 * PostgreSQL cannot store U+0000 in text or jsonb, so a NUL that slipped through would fail deep in
 * a transaction. Refuse it at the door, for every route, naming the field.
 */
export function registerTextSafety(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const field = findNulCharacter(request.body, 'body') ?? findNulCharacter(request.query, 'query');
    if (field) {
      throw new DomainError('bad_request', 'invalid_input', `${field} contains a NUL character.`, [
        { field, message: 'must not contain NUL (U+0000) characters' },
      ]);
    }
  });
}
