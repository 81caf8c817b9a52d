import type { TFunction } from 'i18next';
import type { MessageKey } from '../i18n/i18n.ts';
import { ApiError } from './problem.ts';

export type FormProblems = { fields: Record<string, string>; form: string | null };

export const NO_PROBLEMS: FormProblems = { fields: {}, form: null };

/**
 * Problem codes the reader gets in their own language, by form: `{ invalid_credentials:
 * 'signIn.errors.invalidCredentials' }`. Codes not listed keep the server's own words.
 */
export type ProblemMessages = Partial<Record<string, MessageKey>>;

/** Problems any form can meet, in the reader's language. */
const COMMON_MESSAGES: ProblemMessages = { version_mismatch: 'common.versionMismatch' };

/**
 * Splits an error into messages for the fields the API named (`errors[].field`) and one for the
 * form as a whole, so each is shown where it belongs.
 */
export function formProblemsOf(error: unknown, t: TFunction, messages: ProblemMessages = {}): FormProblems {
  if (!(error instanceof ApiError)) {
    return {
      fields: {},
      form: t(error instanceof TypeError ? 'common.networkError' : 'common.unexpectedError'),
    };
  }
  const key = error.code === null ? undefined : { ...COMMON_MESSAGES, ...messages }[error.code];
  const translated = key === undefined ? null : t(key);
  // A problem with a header (a stale If-Match, say) is about the request, not about anything the
  // person typed: no input shows it, so it is said for the whole form.
  const fields = Object.fromEntries(
    Object.entries(error.fieldErrors)
      .filter(([field]) => !field.startsWith('header.'))
      .map(([field, message]) => [field, translated ?? message]),
  );
  if (Object.keys(fields).length > 0) return { fields, form: null };
  return { fields: {}, form: translated ?? error.problem?.detail ?? t('common.unexpectedError') };
}

/** One sentence for why an action failed, for a place without fields to point at. */
export function problemMessageOf(error: unknown, t: TFunction, messages: ProblemMessages = {}): string {
  return formProblemsOf(error, t, messages).form ?? t('common.unexpectedError');
}
