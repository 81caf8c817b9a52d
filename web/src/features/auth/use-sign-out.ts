import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { api } from '../../api/client.ts';

/** Ends the session on the server, then forgets everything this tab knew about the user. */
export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return async () => {
    // Signing out of a session that already ended is still signing out: ignore the answer.
    await api.POST('/api/v1/auth/logout').catch(() => undefined);
    await navigate({ to: '/sign-in' });
    queryClient.clear();
  };
}
