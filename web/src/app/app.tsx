import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { onUnauthenticated } from '../api/client.ts';
import { meQueryOptions } from '../features/auth/me-query.ts';
import { BrandedMantineProvider } from './branded-mantine-provider.tsx';
import { createQueryClient } from './query-client.ts';
import { createAppRouter } from './router.tsx';

const queryClient = createQueryClient();
const router = createAppRouter(queryClient);

// Graceful expiry: when a signed-in user's session ends (idle timeout, signed out elsewhere),
// the next API call answers 401 and they land on the sign-in page, which says why and returns
// them here afterwards. Before sign-in a 401 is expected and the route guards handle it.
onUnauthenticated(() => {
  if (queryClient.getQueryData(meQueryOptions.queryKey) === undefined) return;
  const returnTo = router.state.location.href;
  queryClient.clear();
  void router.navigate({ to: '/sign-in', search: { reason: 'session-ended', redirect: returnTo } });
});

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <BrandedMantineProvider>
        <RouterProvider router={router} />
      </BrandedMantineProvider>
    </QueryClientProvider>
  );
}
