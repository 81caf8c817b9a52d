import type { ReactNode } from 'react';
import type { CursorList } from '../api/use-cursor-list.ts';
import { EmptyState } from './empty-state.tsx';
import { ErrorState } from './error-state.tsx';
import { LoadMoreButton } from './load-more-button.tsx';
import { LoadingState } from './loading-state.tsx';

type PagedListProps = {
  list: CursorList<unknown>;
  /** What to say when there is nothing (yet), and what the reader can do about it. */
  empty: ReactNode;
  /** Above the reason a load failed. */
  errorTitle?: string;
  /** The rows loaded so far (a table, a list); a button under them fetches the next page. */
  children: ReactNode;
};

/** A list read with useCursorList in each of its states: loading, failed, empty, or its rows. */
export function PagedList({ list, empty, errorTitle, children }: PagedListProps) {
  if (list.isPending) return <LoadingState />;
  if (list.error) return <ErrorState error={list.error} title={errorTitle} onRetry={list.refetch} />;
  if (list.items.length === 0) return <EmptyState>{empty}</EmptyState>;
  return (
    <>
      {children}
      <LoadMoreButton hasMore={list.hasMore} isLoadingMore={list.isLoadingMore} loadMore={list.loadMore} />
    </>
  );
}
