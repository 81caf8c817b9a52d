import { useQuery } from '@tanstack/react-query';
import { activeUsersQueryOptions } from './automation-queries.ts';

/** Active people as select options: "Name (e-mail)", so two people of one name can be told apart. */
export function useUserOptions() {
  const query = useQuery(activeUsersQueryOptions);
  const options = (query.data ?? []).map((user) => ({
    value: user.id,
    label: `${user.name} (${user.email})`,
  }));
  return { options, isLoading: query.isPending, error: query.error };
}
