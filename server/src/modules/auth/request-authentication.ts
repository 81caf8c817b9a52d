import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Config } from '../../config.ts';
import type { Ctx, UserActor } from '../../platform/context.ts';
import type { Database } from '../../platform/db/connection.ts';
import { DomainError } from '../../platform/errors.ts';
import { hmacHex, safeEqual } from '../../platform/secrets.ts';
import { resolveApiKey, resolveSession } from './resolve-actor.ts';

export const SESSION_COOKIE = 'trellis_session';
export const CSRF_COOKIE = 'trellis_csrf';
export const CSRF_HEADER = 'x-csrf-token';
export const API_KEY_PREFIX = 'trl_';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Reachable without signing in (login, invitation acceptance, health). */
    isPublic?: boolean;
    /** Reachable while the TOTP challenge of a sign-in is still open. */
    allowMfaPending?: boolean;
  }
  interface FastifyRequest {
    actor: UserActor | null;
    sessionToken: string | null;
  }
}

/** CSRF token bound to the session: valid only with the cookie it was derived from. */
export function csrfTokenFor(secret: string, sessionToken: string): string {
  return hmacHex(secret, `csrf:${sessionToken}`);
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const unauthenticated = (message: string) => new DomainError('unauthenticated', 'unauthenticated', message);

type Deps = { db: Database; secret: string; config: Config; clock: () => Date };

/**
 * Works out who is calling: an API key in `Authorization: Bearer trl_…`, else the session cookie.
 * Cookie-authenticated writes must echo the CSRF token; API keys are not sent by browsers on
 * their own, so they need none.
 */
export function registerRequestAuthentication(app: FastifyInstance, { db, secret, clock }: Deps): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionToken', null);

  app.addHook('onRequest', async (request) => {
    const routeConfig = request.routeOptions.config;
    // Only the API needs a caller; docs, the OpenAPI document and (later) the web app are public.
    // Public routes act on their own credentials (a password, a token), never on a session.
    if (routeConfig.isPublic === true || !request.url.startsWith('/api/')) return;
    const authorization = request.headers.authorization;
    if (authorization !== undefined) {
      const key = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
      if (!key?.startsWith(API_KEY_PREFIX)) throw unauthenticated('Authorization must be "Bearer trl_…".');
      const actor = await resolveApiKey(db, key, clock());
      if (!actor) throw unauthenticated('This API key is unknown, revoked or expired.');
      request.actor = actor;
      return;
    }

    const token = request.cookies[SESSION_COOKIE];
    const session = token ? await resolveSession(db, token, clock()) : null;
    if (!session || !token) {
      throw unauthenticated(token ? 'Your session has ended; sign in again.' : 'Sign in to continue.');
    }
    if (session.isMfaPending && !routeConfig.allowMfaPending) {
      throw unauthenticated('Enter the code from your authenticator app to finish signing in.');
    }
    if (!SAFE_METHODS.has(request.method)) {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !safeEqual(sent, csrfTokenFor(secret, token))) {
        throw new DomainError(
          'forbidden',
          'csrf_token_invalid',
          `Send the ${CSRF_HEADER} header with this request.`,
          [{ field: `header.${CSRF_HEADER}`, message: 'is missing or does not match your session' }],
        );
      }
    }
    request.sessionToken = token;
    request.actor = session.actor;
  });
}

/** The verb context of an authenticated request. */
export function ctxOf(request: FastifyRequest, db: Database): Ctx {
  if (!request.actor) throw unauthenticated('Sign in to continue.');
  return { db, actor: request.actor, requestId: request.id, ip: request.ip };
}
