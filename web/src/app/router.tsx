import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Outlet,
  redirect,
} from '@tanstack/react-router';
import { isApiError } from '../api/problem.ts';
import { meQueryOptions } from '../features/auth/me-query.ts';
import { SignInPage } from '../features/auth/sign-in-page.tsx';
import { parseSignInSearch } from '../features/auth/sign-in-search.ts';
import { ACCESS, homePathOf } from './access.ts';
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

const VendorHomePage = lazyRouteComponent(
  () => import('../features/home/vendor-home-page.tsx'),
  'VendorHomePage',
);
const AuditPage = lazyRouteComponent(() => import('../features/audit/audit-page.tsx'), 'AuditPage');
const PartnerHomePage = lazyRouteComponent(
  () => import('../features/home/partner-home-page.tsx'),
  'PartnerHomePage',
);

const consoleRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/console',
  component: () => (
    <RequireAccess rule={ACCESS.console}>
      <Outlet />
    </RequireAccess>
  ),
});

const consoleHomeRoute = createRoute({
  getParentRoute: () => consoleRoute,
  path: '/',
  component: VendorHomePage,
});

const auditRoute = createRoute({
  getParentRoute: () => consoleRoute,
  path: '/audit',
  component: () => (
    <RequireAccess rule={ACCESS.audit}>
      <AuditPage />
    </RequireAccess>
  ),
});

const portalRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/portal',
  component: () => (
    <RequireAccess rule={ACCESS.portal}>
      <Outlet />
    </RequireAccess>
  ),
});

const portalHomeRoute = createRoute({
  getParentRoute: () => portalRoute,
  path: '/',
  component: PartnerHomePage,
});

const routeTree = rootRoute.addChildren([
  signInRoute,
  indexRoute,
  signedInRoute.addChildren([
    consoleRoute.addChildren([consoleHomeRoute, auditRoute]),
    portalRoute.addChildren([portalHomeRoute]),
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
