import type { ProblemMessages } from '../../api/form-problems.ts';

/** Problem codes of sign-in the reader gets in their own language. */
export const SIGN_IN_MESSAGES: ProblemMessages = {
  invalid_credentials: 'signIn.errors.invalidCredentials',
  account_locked: 'signIn.errors.accountLocked',
  account_deactivated: 'signIn.errors.accountDeactivated',
  rate_limited: 'signIn.errors.rateLimited',
  invalid_mfa_code: 'mfa.errors.invalidCode',
};
