import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { unwrap } from '../../api/problem.ts';
import { type Me, meQueryOptions } from '../auth/me-query.ts';

/** Saves the user's name; the header and everything else reading `me` shows it at once. */
export function useUpdateName() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (name: string) => unwrap(await api.PATCH('/api/v1/me', { body: { name } })),
    onSuccess: (user) => {
      queryClient.setQueryData(meQueryOptions.queryKey, (me: Me | undefined) => (me ? { ...me, user } : me));
    },
  });
}
