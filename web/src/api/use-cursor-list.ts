import { type QueryKey, useInfiniteQuery } from '@tanstack/react-query';

/** One page of any list endpoint: the API paginates every list the same way (keyset cursors). */
export type CursorPage<T> = { data: T[]; nextCursor: string | null };

type CursorListOptions<T> = {
  queryKey: QueryKey;
  fetchPage: (cursor: string | undefined) => Promise<CursorPage<T>>;
  enabled?: boolean;
};

/**
 * A list read page by page: `items` holds every row loaded so far and `loadMore` fetches the next
 * page. Show it with <PagedList>.
 */
export function useCursorList<T>({ queryKey, fetchPage, enabled }: CursorListOptions<T>) {
  const query = useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam }) => fetchPage(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    enabled,
  });
  const items = query.data?.pages.flatMap((page) => page.data) ?? [];
  return {
    items,
    isPending: query.isPending,
    error: query.error,
    refetch: () => void query.refetch(),
    hasMore: query.hasNextPage,
    isLoadingMore: query.isFetchingNextPage,
    loadMore: () => void query.fetchNextPage(),
  };
}

export type CursorList<T> = ReturnType<typeof useCursorList<T>>;
