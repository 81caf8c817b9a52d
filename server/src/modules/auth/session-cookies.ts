import type { FastifyReply } from 'fastify';
import { CSRF_COOKIE, csrfTokenFor, SESSION_COOKIE } from './request-authentication.ts';
import { SESSION_LIFETIME_MS } from './sessions.ts';

/** Sets the session cookie and its CSRF companion; returns the CSRF token for the response body. */
export function setSessionCookies(
  reply: FastifyReply,
  { secret, token, isSecure }: { secret: string; token: string; isSecure: boolean },
): string {
  const csrfToken = csrfTokenFor(secret, token);
  const common = {
    path: '/',
    sameSite: 'lax',
    secure: isSecure,
    maxAge: SESSION_LIFETIME_MS / 1000,
  } as const;
  reply.setCookie(SESSION_COOKIE, token, { ...common, httpOnly: true });
  // Readable by the web app, which echoes it in X-CSRF-Token; useless to another site.
  reply.setCookie(CSRF_COOKIE, csrfToken, { ...common, httpOnly: false });
  return csrfToken;
}

export function clearSessionCookies(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
  reply.clearCookie(CSRF_COOKIE, { path: '/' });
}
