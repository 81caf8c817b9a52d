import { AGREEMENTS_ROUTES } from './authorization-matrix/agreements.ts';
import { AUTOMATION_ROUTES } from './authorization-matrix/automation.ts';
import { CHAT_ROUTES } from './authorization-matrix/chat.ts';
import { CORE_ROUTES } from './authorization-matrix/core.ts';
import { CUSTOMER_ACCOUNTS_ROUTES } from './authorization-matrix/customer-accounts.ts';
import { DEAL_APPROVALS_ROUTES } from './authorization-matrix/deal-approvals.ts';
import { DEAL_COLLABORATION_ROUTES } from './authorization-matrix/deal-collaboration.ts';
import { DEALS_ROUTES } from './authorization-matrix/deals.ts';
import { NOTIFICATIONS_ROUTES } from './authorization-matrix/notifications.ts';
import { ONBOARDING_ROUTES } from './authorization-matrix/partner_onboarding.ts';
import { PARTNER_COMPLIANCE_ROUTES } from './authorization-matrix/partner-compliance.ts';
import { PARTNER_IMPORT_ROUTES } from './authorization-matrix/partner-import.ts';
import { PARTNER_TIERS_ROUTES } from './authorization-matrix/partner-tiers.ts';
import { PARTNERS_ROUTES } from './authorization-matrix/partners.ts';
import { RECRUITMENT_ROUTES } from './authorization-matrix/recruitment.ts';
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
  // Before compliance: its entries add mandatory requirements partner A then fails, and a
  // non-compliant partner may not register deals.
  ...DEALS_ROUTES,
  ...CUSTOMER_ACCOUNTS_ROUTES,
  ...DEAL_APPROVALS_ROUTES,
  ...DEAL_COLLABORATION_ROUTES,
  ...AGREEMENTS_ROUTES,
  ...RECRUITMENT_ROUTES,
  ...PARTNER_COMPLIANCE_ROUTES,
  ...PARTNER_TIERS_ROUTES,
  ...ONBOARDING_ROUTES,
  ...PARTNER_IMPORT_ROUTES,
};
