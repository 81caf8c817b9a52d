import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Outlet,
  redirect,
} from '@tanstack/react-router';
import type { ComponentType } from 'react';
import { isApiError } from '../api/problem.ts';
import { parseAuditSearch } from '../features/audit/audit-search.ts';
import { meQueryOptions } from '../features/auth/me-query.ts';
import { SignInPage } from '../features/auth/sign-in-page.tsx';
import { parseSignInSearch, parseTokenSearch } from '../features/auth/sign-in-search.ts';
import { parsePartnerSearch } from '../features/partners/partner-search.ts';
import { ACCESS, type AccessRule, homePathOf } from './access.ts';
import { NotFoundPage } from './not-found-page.tsx';
import { RequireAccess } from './require-access.tsx';
import { RouteError, RoutePending } from './route-states.tsx';

type RouterContext = { queryClient: QueryClient };

/** The signed-in user, or a trip to the sign-in page that comes back here afterwards. */
async function requireSignedIn(queryClient: QueryClient, returnTo: string) {
  try {
    return await queryClient.ensureQueryData(meQueryOptions);
  } catch (error) {
    if (isApiError(error, 401)) throw redirect({ to: '/sign-in', search: { redirect: returnTo } });
    throw error;
  }
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: NotFoundPage,
});

// The sign-in page is the one page in the first download; everything behind it loads lazily.
const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-in',
  validateSearch: parseSignInSearch,
  component: SignInPage,
});

const indexRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  beforeLoad: async ({ context }) => {
    const me = await requireSignedIn(context.queryClient, '/');
    throw redirect({ to: homePathOf(me) });
  },
});

const signedInRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'signed-in',
  beforeLoad: async ({ context, location }) => {
    await requireSignedIn(context.queryClient, location.href);
  },
  component: lazyRouteComponent(() => import('./shell/app-shell-layout.tsx'), 'AppShellLayout'),
});

/** A page loaded on first visit, from `features/…`, by its exported name. */
function lazyPage<M extends Record<string, unknown>>(load: () => Promise<M>, name: keyof M & string) {
  return lazyRouteComponent(load, name);
}

/** A page only people whose area and role allow `rule` may open; others are told so. */
function guarded(rule: AccessRule, Page: ComponentType) {
  return () => (
    <RequireAccess rule={rule}>
      <Page />
    </RequireAccess>
  );
}

/** Pages before sign-in: an invitation to accept, a password to reset (the token is in the link). */
const acceptInvitationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/accept-invitation',
  validateSearch: parseTokenSearch,
  component: lazyPage(() => import('../features/auth/accept-invitation-page.tsx'), 'AcceptInvitationPage'),
});

/** A vendor's public partner application form: anyone may apply, no account needed. */
const applyRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/apply/$workspaceSlug',
  component: lazyPage(() => import('../features/recruitment/apply-page.tsx'), 'ApplyPage'),
});

const resetPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/reset-password',
  validateSearch: parseTokenSearch,
  component: lazyPage(() => import('../features/auth/reset-password-page.tsx'), 'ResetPasswordPage'),
});

const consoleRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/console',
  component: guarded(ACCESS.console, Outlet),
});

const consoleHomeRoute = createRoute({
  getParentRoute: () => consoleRoute,
  path: '/',
  component: lazyPage(() => import('../features/home/vendor-home-page.tsx'), 'VendorHomePage'),
});

const partnersRoute = createRoute({
  getParentRoute: () => consoleRoute,
  path: '/partners',
  validateSearch: parsePartnerSearch,
  component: guarded(
    ACCESS.partners,
    lazyPage(() => import('../features/partners/partners-page.tsx'), 'PartnersPage'),
  ),
});

const partnerImportsRoute = createRoute({
  getParentRoute: () => consoleRoute,
  path: '/partners/import',
  component: guarded(
    ACCESS.partnerImports,
    lazyPage(() => import('../features/partner-imports/imports-page.tsx'), 'ImportsPage'),
  ),
});

const partnerImportRoute = createRoute({
  getParentRoute: () => consoleRoute,
  path: '/partners/import/$importId',
  component: guarded(
    ACCESS.partnerImports,
    lazyPage(() => import('../features/partner-imports/import-page.tsx'), 'ImportPage'),
  ),
});

const partnerRoute = createRoute({
  getParentRoute: () => consoleRoute,
  path: '/partners/$partnerId',
  component: guarded(
    ACCESS.partners,
    lazyPage(() => import('../features/partners/partner-page.tsx'), 'PartnerPage'),
  ),
});

const auditRoute = createRoute({
  getParentRoute: () => consoleRoute,
  path: '/audit',
  validateSearch: parseAuditSearch,
  component: guarded(
    ACCESS.audit,
    lazyPage(() => import('../features/audit/audit-page.tsx'), 'AuditPage'),
  ),
});

const dealsRoute = createRoute({
  getParentRoute: () => consoleRoute,
  path: '/deals',
  component: guarded(
    ACCESS.deals,
    lazyPage(() => import('../features/deals/console-deals-page.tsx'), 'ConsoleDealsPage'),
  ),
});

const dealRoute = createRoute({
  getParentRoute: () => consoleRoute,
  path: '/deals/$dealId',
  component: guarded(
    ACCESS.deals,
    lazyPage(() => import('../features/deals/deal-pages.tsx'), 'ConsoleDealPage'),
  ),
});

const automationRulesRoute = createRoute({
  getParentRoute: () => consoleRoute,
  path: '/automation',
  component: guarded(
    ACCESS.automation,
    lazyPage(() => import('../features/automation/automation-rules-page.tsx'), 'AutomationRulesPage'),
  ),
});

const newAutomationRuleRoute = createRoute({
  getParentRoute: () => consoleRoute,
  path: '/automation/new',
  component: guarded(
    ACCESS.automation,
    lazyPage(() => import('../features/automation/new-automation-rule-page.tsx'), 'NewAutomationRulePage'),
  ),
});

const automationRuleRoute = createRoute({
  getParentRoute: () => consoleRoute,
  path: '/automation/$ruleId',
  component: guarded(
    ACCESS.automation,
    lazyPage(() => import('../features/automation/automation-rule-page.tsx'), 'AutomationRulePage'),
  ),
});

const chatIntegrationsRoute = createRoute({
  getParentRoute: () => consoleRoute,
  path: '/chat',
  component: guarded(
    ACCESS.chat,
    lazyPage(() => import('../features/chat/chat-integrations-page.tsx'), 'ChatIntegrationsPage'),
  ),
});

const brandingRoute = createRoute({
  getParentRoute: () => consoleRoute,
  path: '/branding',
  component: guarded(
    ACCESS.branding,
    lazyPage(() => import('../features/branding/branding-page.tsx'), 'BrandingPage'),
  ),
});

const agreementsRoute = createRoute({
  getParentRoute: () => consoleRoute,
  path: '/agreements',
  component: guarded(
    ACCESS.agreements,
    lazyPage(() => import('../features/agreements/agreements-page.tsx'), 'AgreementsPage'),
  ),
});

const agreementRoute = createRoute({
  getParentRoute: () => consoleRoute,
  path: '/agreements/$templateId',
  component: guarded(
    ACCESS.agreements,
    lazyPage(() => import('../features/agreements/agreement-page.tsx'), 'AgreementPage'),
  ),
});

const recruitmentRoute = createRoute({
  getParentRoute: () => consoleRoute,
  path: '/recruitment',
  component: guarded(
    ACCESS.recruitment,
    lazyPage(() => import('../features/recruitment/applications-page.tsx'), 'ApplicationsPage'),
  ),
});

const idealPartnerProfileRoute = createRoute({
  getParentRoute: () => consoleRoute,
  path: '/recruitment/profile',
  component: guarded(
    ACCESS.recruitment,
    lazyPage(
      () => import('../features/recruitment/ideal-partner-profile-page.tsx'),
      'IdealPartnerProfilePage',
    ),
  ),
});

const applicationRoute = createRoute({
  getParentRoute: () => consoleRoute,
  path: '/recruitment/$applicationId',
  component: guarded(
    ACCESS.recruitment,
    lazyPage(() => import('../features/recruitment/application-page.tsx'), 'ApplicationPage'),
  ),
});

const complianceRoute = createRoute({
  getParentRoute: () => consoleRoute,
  path: '/compliance',
  component: guarded(
    ACCESS.compliance,
    lazyPage(() => import('../features/compliance/compliance-page.tsx'), 'CompliancePage'),
  ),
});

const sanctionsRoute = createRoute({
  getParentRoute: () => consoleRoute,
  path: '/compliance/sanctions',
  component: guarded(
    ACCESS.sanctions,
    lazyPage(() => import('../features/compliance/sanctions-page.tsx'), 'SanctionsPage'),
  ),
});

const dealApprovalsRoute = createRoute({
  getParentRoute: () => consoleRoute,
  path: '/deal-approvals',
  component: guarded(
    ACCESS.dealApprovals,
    lazyPage(() => import('../features/deals/deal-approvals-page.tsx'), 'DealApprovalsPage'),
  ),
});

const dealSettingsRoute = createRoute({
  getParentRoute: () => consoleRoute,
  path: '/deal-registration-settings',
  component: guarded(
    ACCESS.dealSettings,
    lazyPage(() => import('../features/deals/deal-settings-page.tsx'), 'DealSettingsPage'),
  ),
});

const tiersRoute = createRoute({
  getParentRoute: () => consoleRoute,
  path: '/tiers',
  component: guarded(
    ACCESS.tiers,
    lazyPage(() => import('../features/tiers/tiers-page.tsx'), 'TiersPage'),
  ),
});

const onboardingRoute = createRoute({
  getParentRoute: () => consoleRoute,
  path: '/onboarding',
  component: guarded(
    ACCESS.onboarding,
    lazyPage(() => import('../features/onboarding/onboarding-page.tsx'), 'OnboardingPage'),
  ),
});

/** The accounts list's filter lives in the address, so the rules page can link to the direct-only ones. */
const parseAccountSearch = (search: Record<string, unknown>): { directOnly?: true; open?: true } => ({
  ...(search.directOnly === true || search.directOnly === 'true' ? { directOnly: true as const } : {}),
  ...(search.open === true || search.open === 'true' ? { open: true as const } : {}),
});

const customerAccountsRoute = createRoute({
  getParentRoute: () => consoleRoute,
  path: '/customer-accounts',
  validateSearch: parseAccountSearch,
  component: guarded(
    ACCESS.customerAccounts,
    lazyPage(
      () => import('../features/customer-accounts/customer-accounts-page.tsx'),
      'CustomerAccountsPage',
    ),
  ),
});

const customerAccountRoute = createRoute({
  getParentRoute: () => consoleRoute,
  path: '/customer-accounts/$accountId',
  component: guarded(
    ACCESS.customerAccounts,
    lazyPage(() => import('../features/customer-accounts/customer-account-page.tsx'), 'CustomerAccountPage'),
  ),
});

const rulesOfEngagementRoute = createRoute({
  getParentRoute: () => consoleRoute,
  path: '/rules-of-engagement',
  component: guarded(
    ACCESS.rulesOfEngagement,
    lazyPage(
      () => import('../features/customer-accounts/rules-of-engagement-page.tsx'),
      'RulesOfEngagementPage',
    ),
  ),
});

const portalRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/portal',
  component: guarded(ACCESS.portal, Outlet),
});

const portalHomeRoute = createRoute({
  getParentRoute: () => portalRoute,
  path: '/',
  component: lazyPage(() => import('../features/home/partner-home-page.tsx'), 'PartnerHomePage'),
});

const companyRoute = createRoute({
  getParentRoute: () => portalRoute,
  path: '/company',
  component: guarded(
    ACCESS.company,
    lazyPage(() => import('../features/partners/company-page.tsx'), 'CompanyPage'),
  ),
});

const portalTierRoute = createRoute({
  getParentRoute: () => portalRoute,
  path: '/tier',
  component: guarded(
    ACCESS.partnerTier,
    lazyPage(() => import('../features/tiers/portal-tier-page.tsx'), 'PortalTierPage'),
  ),
});

const partnerAgreementsRoute = createRoute({
  getParentRoute: () => portalRoute,
  path: '/agreements',
  component: lazyPage(
    () => import('../features/agreements/partner-agreements-page.tsx'),
    'PartnerAgreementsPage',
  ),
});

const partnerComplianceRoute = createRoute({
  getParentRoute: () => portalRoute,
  path: '/compliance',
  component: guarded(
    ACCESS.partnerCompliance,
    lazyPage(() => import('../features/compliance/partner-compliance-page.tsx'), 'PartnerCompliancePage'),
  ),
});

const partnerRulesRoute = createRoute({
  getParentRoute: () => portalRoute,
  path: '/rules-of-engagement',
  component: guarded(
    ACCESS.partnerRules,
    lazyPage(() => import('../features/customer-accounts/portal-rules-page.tsx'), 'PortalRulesPage'),
  ),
});

const partnerOnboardingRoute = createRoute({
  getParentRoute: () => portalRoute,
  path: '/onboarding',
  component: lazyPage(
    () => import('../features/onboarding/partner-onboarding-page.tsx'),
    'PartnerOnboardingPage',
  ),
});

const partnerDealsRoute = createRoute({
  getParentRoute: () => portalRoute,
  path: '/deals',
  component: guarded(
    ACCESS.partnerDeals,
    lazyPage(() => import('../features/deals/portal-deals-page.tsx'), 'PortalDealsPage'),
  ),
});

const registerDealRoute = createRoute({
  getParentRoute: () => portalRoute,
  path: '/deals/new',
  component: guarded(
    ACCESS.registerDeal,
    lazyPage(() => import('../features/deals/register-deal-page.tsx'), 'RegisterDealPage'),
  ),
});

const partnerDealRoute = createRoute({
  getParentRoute: () => portalRoute,
  path: '/deals/$dealId',
  component: guarded(
    ACCESS.partnerDeals,
    lazyPage(() => import('../features/deals/deal-pages.tsx'), 'PortalDealPage'),
  ),
});

// Pages of both areas: what a person sees on them follows their role and organisation.
const accountRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/account',
  component: lazyPage(() => import('../features/account/account-page.tsx'), 'AccountPage'),
});

const notificationsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/notifications',
  component: lazyPage(() => import('../features/notifications/notifications-page.tsx'), 'NotificationsPage'),
});

const tasksRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/tasks',
  component: lazyPage(() => import('../features/tasks/tasks-page.tsx'), 'TasksPage'),
});

const usersRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/users',
  component: guarded(
    ACCESS.users,
    lazyPage(() => import('../features/users/users-page.tsx'), 'UsersPage'),
  ),
});

const apiKeysRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/api-keys',
  component: guarded(
    ACCESS.apiKeys,
    lazyPage(() => import('../features/api-keys/api-keys-page.tsx'), 'ApiKeysPage'),
  ),
});

const webhooksRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/webhooks',
  component: guarded(
    ACCESS.webhooks,
    lazyPage(() => import('../features/webhooks/webhooks-page.tsx'), 'WebhooksPage'),
  ),
});

const webhookEndpointRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/webhooks/$endpointId',
  component: guarded(
    ACCESS.webhooks,
    lazyPage(() => import('../features/webhooks/webhook-endpoint-page.tsx'), 'WebhookEndpointPage'),
  ),
});

const dealDisputesRoute = createRoute({
  getParentRoute: () => consoleRoute,
  path: '/deal-disputes',
  component: guarded(
    ACCESS.dealDisputes,
    lazyPage(() => import('../features/deals/deal-disputes-page.tsx'), 'ConsoleDealDisputesPage'),
  ),
});

const dealDisputeRoute = createRoute({
  getParentRoute: () => consoleRoute,
  path: '/deal-disputes/$id',
  component: guarded(
    ACCESS.dealDisputes,
    lazyPage(() => import('../features/deals/deal-dispute-page.tsx'), 'ConsoleDealDisputePage'),
  ),
});

const dealPipelineRoute = createRoute({
  getParentRoute: () => consoleRoute,
  path: '/pipeline',
  component: guarded(
    ACCESS.dealPipeline,
    lazyPage(() => import('../features/deals/deal-pipeline-page.tsx'), 'ConsoleDealPipelinePage'),
  ),
});

const portalDealDisputesRoute = createRoute({
  getParentRoute: () => portalRoute,
  path: '/deal-disputes',
  component: guarded(
    ACCESS.partnerDealDisputes,
    lazyPage(() => import('../features/deals/deal-disputes-page.tsx'), 'PortalDealDisputesPage'),
  ),
});

const portalDealDisputeRoute = createRoute({
  getParentRoute: () => portalRoute,
  path: '/deal-disputes/$id',
  component: guarded(
    ACCESS.partnerDealDisputes,
    lazyPage(() => import('../features/deals/deal-dispute-page.tsx'), 'PortalDealDisputePage'),
  ),
});

const portalDealPipelineRoute = createRoute({
  getParentRoute: () => portalRoute,
  path: '/pipeline',
  component: guarded(
    ACCESS.partnerDealPipeline,
    lazyPage(() => import('../features/deals/deal-pipeline-page.tsx'), 'PortalDealPipelinePage'),
  ),
});

const routeTree = rootRoute.addChildren([
  signInRoute,
  acceptInvitationRoute,
  resetPasswordRoute,
  applyRoute,
  indexRoute,
  signedInRoute.addChildren([
    consoleRoute.addChildren([
      consoleHomeRoute,
      partnersRoute,
      partnerImportsRoute,
      partnerImportRoute,
      partnerRoute,
      auditRoute,
      automationRulesRoute,
      newAutomationRuleRoute,
      automationRuleRoute,
      chatIntegrationsRoute,
      brandingRoute,
      agreementsRoute,
      agreementRoute,
      recruitmentRoute,
      idealPartnerProfileRoute,
      applicationRoute,
      complianceRoute,
      sanctionsRoute,
      tiersRoute,
      onboardingRoute,
      dealsRoute,
      dealRoute,
      customerAccountsRoute,
      customerAccountRoute,
      rulesOfEngagementRoute,
      dealApprovalsRoute,
      dealSettingsRoute,
      dealDisputesRoute,
      dealDisputeRoute,
      dealPipelineRoute,
    ]),
    portalRoute.addChildren([
      portalHomeRoute,
      companyRoute,
      partnerOnboardingRoute,
      partnerAgreementsRoute,
      partnerComplianceRoute,
      portalTierRoute,
      partnerDealsRoute,
      registerDealRoute,
      partnerDealRoute,
      partnerRulesRoute,
      portalDealDisputesRoute,
      portalDealDisputeRoute,
      portalDealPipelineRoute,
    ]),
    accountRoute,
    notificationsRoute,
    tasksRoute,
    usersRoute,
    apiKeysRoute,
    webhooksRoute,
    webhookEndpointRoute,
  ]),
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPendingComponent: RoutePending,
    defaultErrorComponent: RouteError,
    defaultPendingMs: 300,
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  // Registration is by interface merging; it types every Link, navigate and useSearch.
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
