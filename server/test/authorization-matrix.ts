import { AGREEMENTS_ROUTES } from './authorization-matrix/agreements.ts';
import { AUTOMATION_ROUTES } from './authorization-matrix/automation.ts';
import { CHAT_ROUTES } from './authorization-matrix/chat.ts';
import { CORE_ROUTES } from './authorization-matrix/core.ts';
import { NOTIFICATIONS_ROUTES } from './authorization-matrix/notifications.ts';
import { PARTNER_IMPORT_ROUTES } from './authorization-matrix/partner-import.ts';
import { PARTNERS_ROUTES } from './authorization-matrix/partners.ts';
import type { MatrixEntry } from './authorization-matrix/rules.ts';
import { WEBHOOKS_ROUTES } from './authorization-matrix/webhooks.ts';
import { WORKSPACE_ROUTES } from './authorization-matrix/workspace.ts';

export type { MatrixEntry, MatrixEnv, MatrixRequest, Place, Scope } from './authorization-matrix/rules.ts';
export { SCOPES } from './authorization-matrix/rules.ts';

/**
 * Who may do what on every route, written out by hand per module (see rules.ts for the scopes
 * and helpers). A route the app documents without an entry here fails the matrix test.
 */
export const AUTHORIZATION_MATRIX: Record<string, MatrixEntry> = {
  ...CORE_ROUTES,
  ...NOTIFICATIONS_ROUTES,
  ...WEBHOOKS_ROUTES,
  ...AUTOMATION_ROUTES,
  ...CHAT_ROUTES,
  ...WORKSPACE_ROUTES,
  ...PARTNERS_ROUTES,
  ...AGREEMENTS_ROUTES,
  ...PARTNER_IMPORT_ROUTES,
};
