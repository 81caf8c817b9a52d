import type { FastifyInstance } from 'fastify';
import { DomainError } from '../errors.ts';

/** Where the first NUL character sits in a parsed JSON value, as `body.name` or `body.tags.2`. */
export function findNulCharacter(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findNulCharacter(item, `${path}.${index}`);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key.includes('\u0000')) return `${path}.${key.replaceAll('\u0000', '\\u0000')}`;
      const found = findNulCharacter(item, `${path}.${key}`);
      if (found) return found;
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
