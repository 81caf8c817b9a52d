import { Container } from '@mantine/core';
import { type ErrorComponentProps, useRouter } from '@tanstack/react-router';
import { ErrorState } from '../ui/error-state.tsx';
import { LoadingState } from '../ui/loading-state.tsx';

/** While a route loads what it needs (the signed-in user, a lazy chunk). */
export function RoutePending() {
  return <LoadingState isFullPage />;
}

/** A route that could not load: say why, offer to try again. */
export function RouteError({ error }: ErrorComponentProps) {
  const router = useRouter();
  return (
    <Container size="sm" py="xl">
      <ErrorState error={error} onRetry={() => void router.invalidate()} />
    </Container>
  );
}
