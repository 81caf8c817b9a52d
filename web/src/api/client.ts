import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema.d.ts';

export const CSRF_COOKIE = 'trellis_csrf';
export const CSRF_HEADER = 'x-csrf-token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/**
 * Sign-in answers 401 for a wrong password or code (the form shows it), and signing out of an
 * ended session is fine: neither means "your session ended".
 */
const SESSION_PATHS = ['/api/v1/auth/login', '/api/v1/auth/mfa', '/api/v1/auth/logout'];

export function readCookie(name: string): string | null {
  const prefix = `${name}=`;
  const found = document.cookie.split('; ').find((cookie) => cookie.startsWith(prefix));
  return found ? decodeURIComponent(found.slice(prefix.length)) : null;
}

let unauthenticatedListener: (() => void) | null = null;

/** Called whenever the API says the caller is not signed in (the session expired or was ended). */
export function onUnauthenticated(listener: () => void): void {
  unauthenticatedListener = listener;
}

const sessionMiddleware: Middleware = {
  onRequest({ request }) {
    // The session cookie travels by itself; writes must also echo the CSRF token it came with.
    if (SAFE_METHODS.has(request.method)) return request;
    const token = readCookie(CSRF_COOKIE);
    if (token) request.headers.set(CSRF_HEADER, token);
    return request;
  },
  onResponse({ request, response }) {
    const path = new URL(request.url).pathname;
    if (response.status === 401 && !SESSION_PATHS.includes(path)) unauthenticatedListener?.();
    return response;
  },
};

/**
 * The version of a record the reader last saw, as the ETag the API checks before a change: two
 * people cannot overwrite each other's edits unseen.
 */
export const ifMatch = (version: number) => ({ 'if-match': `"${version}"` });

/** The typed API client: paths, inputs and answers come from the server's OpenAPI document. */
export const api = createClient<paths>({ baseUrl: window.location.origin, credentials: 'same-origin' });
api.use(sessionMiddleware);
