export type SignInSearch = { reason?: 'session-ended'; redirect?: string };

/** Only paths of this app may be a redirect target: never another site (`//evil.example`). */
function isLocalPath(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//');
}

export function parseSignInSearch(search: Record<string, unknown>): SignInSearch {
  return {
    ...(search.reason === 'session-ended' ? { reason: 'session-ended' as const } : {}),
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
