import { and, eq, sql } from 'drizzle-orm';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { applyActor } from '../context.ts';
import type { Database } from '../db/connection.ts';
import { DomainError } from '../errors.ts';
import { sha256Hex } from '../secrets.ts';
import { idempotencyKeys } from './idempotency-tables.ts';

const HEADER = 'idempotency-key';

declare module 'fastify' {
  interface FastifyRequest {
    idempotency: { workspaceId: string; callerId: string; key: string } | null;
  }
}

/**
 * Honours `Idempotency-Key` on authenticated POSTs (IETF draft-ietf-httpapi-idempotency-key-header):
 * the first request's answer is stored and replayed to retries with the same key and body; a
 * retry with another body is refused; a retry while the first is still running gets 409.
 */
export function registerIdempotency(app: FastifyInstance, { db }: { db: Database }): void {
  app.decorateRequest('idempotency', null);

  app.addHook('preHandler', async (request, reply) => {
    const key = request.headers[HEADER];
    if (request.method !== 'POST' || key === undefined || !request.actor) return;
    if (typeof key !== 'string' || !/^[\x21-\x7e]{1,255}$/.test(key)) {
      throw new DomainError(
        'validation',
        'invalid_idempotency_key',
        'Idempotency-Key must be 1–255 visible ASCII characters.',
        [{ field: 'header.idempotency-key', message: 'must be 1–255 visible ASCII characters' }],
      );
    }
    const actor = request.actor;
    const scope = { workspaceId: actor.workspaceId, callerId: actor.apiKeyId ?? actor.userId, key };
    const requestHash = fingerprint(request);
    const existing = await db.transaction(async (tx) => {
      await applyActor(tx, actor);
      const inserted = await tx
        .insert(idempotencyKeys)
        .values({ ...scope, requestHash })
        .onConflictDoNothing()
        .returning({ key: idempotencyKeys.key });
      if (inserted.length > 0) return null;
      const [row] = await tx
        .select()
        .from(idempotencyKeys)
        .where(
          and(
            eq(idempotencyKeys.workspaceId, scope.workspaceId),
            eq(idempotencyKeys.callerId, scope.callerId),
            eq(idempotencyKeys.key, key),
          ),
        );
      return row ?? null;
    });
    if (!existing) {
      request.idempotency = scope;
      return;
    }
    if (existing.requestHash !== requestHash) {
      throw new DomainError(
        'validation',
        'idempotency_key_reused',
        'This Idempotency-Key was used with a different request.',
        [{ field: 'header.idempotency-key', message: 'was already used for another request' }],
      );
    }
    if (existing.responseStatus === null) {
      throw new DomainError(
        'conflict',
        'idempotent_request_in_progress',
        'The first request with this key is still running.',
      );
    }
    reply.header('idempotent-replayed', 'true');
    return reply
      .code(existing.responseStatus)
      .type(contentTypeFor(existing.responseStatus))
      .send(existing.responseBody);
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const scope = request.idempotency;
    if (!scope || !request.actor) return payload;
    const actor = request.actor;
    await db.transaction(async (tx) => {
      await applyActor(tx, actor);
      const where = and(
        eq(idempotencyKeys.workspaceId, scope.workspaceId),
        eq(idempotencyKeys.callerId, scope.callerId),
        eq(idempotencyKeys.key, scope.key),
      );
      // A server error may not have changed anything; let the client retry for real.
      if (reply.statusCode >= 500) {
        await tx.delete(idempotencyKeys).where(where);
        return;
      }
      const body = typeof payload === 'string' && payload.length > 0 ? JSON.parse(payload) : null;
      await tx
        .update(idempotencyKeys)
        .set({ responseStatus: reply.statusCode, responseBody: sql`${JSON.stringify(body)}::jsonb` })
        .where(where);
    });
    return payload;
  });
}

function fingerprint(request: FastifyRequest): string {
  return sha256Hex(`${request.method} ${request.url}\n${JSON.stringify(request.body ?? null)}`);
}

function contentTypeFor(status: number): string {
  return status >= 400 ? 'application/problem+json' : 'application/json';
}
