import type { Me } from '../features/auth/me-query.ts';
import { ACCESS, type AccessRule, canAccess } from './access.ts';

export type NavItem = {
  to:
    | '/console'
    | '/portal'
    | '/console/partners'
    | '/console/recruitment'
    | '/portal/company'
    | '/tasks'
    | '/users'
    | '/console/automation'
    | '/console/chat'
    | '/api-keys'
    | '/webhooks'
    | '/console/audit'
    | '/console/branding'
    | '/console/agreements'
    | '/portal/agreements'
    | '/console/compliance'
    | '/portal/compliance'
    | '/console/tiers'
    | '/portal/tier'
    | '/console/onboarding'
    | '/portal/onboarding'
    | '/console/deals'
    | '/portal/deals'
    | '/console/customer-accounts'
    | '/console/rules-of-engagement'
    | '/portal/rules-of-engagement'
    | '/console/deal-approvals'
    | '/console/deal-registration-settings'
    | '/console/pipeline'
    | '/portal/pipeline'
    | '/console/deal-disputes'
    | '/portal/deal-disputes';
  label:
    | 'nav.home'
    | 'nav.partners'
    | 'nav.company'
    | 'nav.tasks'
    | 'nav.users'
    | 'nav.automation'
    | 'nav.chat'
    | 'nav.apiKeys'
    | 'nav.webhooks'
    | 'nav.audit'
    | 'nav.branding'
    | 'nav.agreements'
    | 'nav.recruitment'
    | 'nav.compliance'
    | 'nav.tiers'
    | 'nav.tier'
    | 'nav.onboarding'
    | 'nav.deals'
    | 'customerAccounts.nav.accounts'
    | 'customerAccounts.nav.rules'
    | 'nav.dealApprovals'
    | 'nav.dealSettings'
    | 'nav.dealPipeline'
    | 'nav.dealDisputes';
  rule: AccessRule;
  /** Administration items are listed under their own heading, after the everyday ones. */
  isAdministration?: boolean;
};

const NAV_ITEMS: NavItem[] = [
  { to: '/console', label: 'nav.home', rule: ACCESS.console },
  { to: '/console/partners', label: 'nav.partners', rule: ACCESS.partners },
  { to: '/console/deals', label: 'nav.deals', rule: ACCESS.deals },
  { to: '/console/deal-approvals', label: 'nav.dealApprovals', rule: ACCESS.dealApprovals },
  { to: '/console/deal-disputes', label: 'nav.dealDisputes', rule: ACCESS.dealDisputes },
  { to: '/console/pipeline', label: 'nav.dealPipeline', rule: ACCESS.dealPipeline },
  { to: '/console/customer-accounts', label: 'customerAccounts.nav.accounts', rule: ACCESS.customerAccounts },
  { to: '/console/recruitment', label: 'nav.recruitment', rule: ACCESS.recruitment },
  { to: '/console/tiers', label: 'nav.tiers', rule: ACCESS.tiers },
  { to: '/console/onboarding', label: 'nav.onboarding', rule: ACCESS.onboarding },
  { to: '/portal', label: 'nav.home', rule: ACCESS.portal },
  { to: '/portal/deals', label: 'nav.deals', rule: ACCESS.partnerDeals },
  { to: '/portal/deal-disputes', label: 'nav.dealDisputes', rule: ACCESS.partnerDealDisputes },
  { to: '/portal/pipeline', label: 'nav.dealPipeline', rule: ACCESS.partnerDealPipeline },
  { to: '/portal/rules-of-engagement', label: 'customerAccounts.nav.rules', rule: ACCESS.partnerRules },
  { to: '/portal/company', label: 'nav.company', rule: ACCESS.company },
  { to: '/portal/onboarding', label: 'nav.onboarding', rule: ACCESS.partnerOnboarding },
  { to: '/portal/agreements', label: 'nav.agreements', rule: ACCESS.partnerAgreements },
  { to: '/portal/compliance', label: 'nav.compliance', rule: ACCESS.partnerCompliance },
  { to: '/portal/tier', label: 'nav.tier', rule: ACCESS.partnerTier },
  { to: '/tasks', label: 'nav.tasks', rule: ACCESS.signedIn },
  { to: '/users', label: 'nav.users', rule: ACCESS.users, isAdministration: true },
  { to: '/console/automation', label: 'nav.automation', rule: ACCESS.automation, isAdministration: true },
  { to: '/console/chat', label: 'nav.chat', rule: ACCESS.chat, isAdministration: true },
  { to: '/api-keys', label: 'nav.apiKeys', rule: ACCESS.apiKeys, isAdministration: true },
  { to: '/webhooks', label: 'nav.webhooks', rule: ACCESS.webhooks, isAdministration: true },
  { to: '/console/audit', label: 'nav.audit', rule: ACCESS.audit, isAdministration: true },
  { to: '/console/branding', label: 'nav.branding', rule: ACCESS.branding, isAdministration: true },
  { to: '/console/agreements', label: 'nav.agreements', rule: ACCESS.agreements, isAdministration: true },
  { to: '/console/compliance', label: 'nav.compliance', rule: ACCESS.compliance, isAdministration: true },
  {
    to: '/console/rules-of-engagement',
    label: 'customerAccounts.nav.rules',
    rule: ACCESS.rulesOfEngagement,
    isAdministration: true,
  },
  {
    to: '/console/deal-registration-settings',
    label: 'nav.dealSettings',
    rule: ACCESS.dealSettings,
    isAdministration: true,
  },
];

/** The menu of the signed-in user: only what their organisation's area and their role allow. */
export function navigationFor(me: Me): NavItem[] {
  return NAV_ITEMS.filter((item) => canAccess(me, item.rule));
}
