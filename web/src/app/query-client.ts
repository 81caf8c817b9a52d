import { QueryClient } from '@tanstack/react-query';
import { isApiError } from '../api/problem.ts';

/** A 4xx will answer the same the second time; network blips and 5xx get two more tries. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isApiError(error) && error.status < 500) return false;
  return failureCount < 2;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30 * 1000 },
      mutations: { retry: false },
    },
  });
}
