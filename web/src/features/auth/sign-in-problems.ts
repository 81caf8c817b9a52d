import type { TFunction } from 'i18next';
import { ApiError } from '../../api/problem.ts';

/** Problem codes of sign-in the reader gets in their own language; others keep the server's words. */
const MESSAGE_KEYS = {
  invalid_credentials: 'signIn.errors.invalidCredentials',
  account_locked: 'signIn.errors.accountLocked',
  account_deactivated: 'signIn.errors.accountDeactivated',
  rate_limited: 'signIn.errors.rateLimited',
  invalid_mfa_code: 'mfa.errors.invalidCode',
} as const;

export type FormProblems = { fields: Record<string, string>; form: string | null };

function isKnownCode(code: string | null): code is keyof typeof MESSAGE_KEYS {
  return code !== null && code in MESSAGE_KEYS;
}

/**
 * Splits an error into messages for the fields the API named (`errors[].field`) and one for the
 * form as a whole, so each is shown where it belongs.
 */
export function formProblemsOf(error: unknown, t: TFunction): FormProblems {
  if (!(error instanceof ApiError)) {
    return {
      fields: {},
      form: t(error instanceof TypeError ? 'common.networkError' : 'common.unexpectedError'),
    };
  }
  const translated = isKnownCode(error.code) ? t(MESSAGE_KEYS[error.code]) : null;
  const fields = Object.fromEntries(
    Object.entries(error.fieldErrors).map(([field, message]) => [field, translated ?? message]),
  );
  if (Object.keys(fields).length > 0) return { fields, form: null };
  return { fields: {}, form: translated ?? error.problem?.detail ?? t('common.unexpectedError') };
}
