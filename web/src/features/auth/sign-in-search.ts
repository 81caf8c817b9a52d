/** Why the sign-in page was opened, when it has something to say about it. */
export type SignInReason = 'session-ended' | 'password-reset';
export type SignInSearch = { reason?: SignInReason; redirect?: string };

const REASONS: readonly SignInReason[] = ['session-ended', 'password-reset'];

function isReason(value: unknown): value is SignInReason {
  return (REASONS as readonly unknown[]).includes(value);
}

/** Only paths of this app may be a redirect target: never another site (`//evil.example`). */
function isLocalPath(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//');
}

export function parseSignInSearch(search: Record<string, unknown>): SignInSearch {
  return {
    ...(isReason(search.reason) ? { reason: search.reason } : {}),
    ...(isLocalPath(search.redirect) && !search.redirect.startsWith('/sign-in')
      ? { redirect: search.redirect }
      : {}),
  };
}

/** The single-use token of an invitation or password-reset link; absent when opened by hand. */
export type TokenSearch = { token?: string };

export function parseTokenSearch(search: Record<string, unknown>): TokenSearch {
  return typeof search.token === 'string' && search.token !== '' ? { token: search.token } : {};
}
