import { queryOptions } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { unwrap } from '../../api/problem.ts';

const PAGE_SIZE = 200;
/** Past this many pages the card says "2,000+" rather than walking the whole list. */
const MAX_PAGES = 10;

export type Count = { count: number; isAtLeast: boolean };
type Page = { data: unknown[]; nextCursor: string | null };

/** Lists have no totals (keyset pagination); counting walks the pages, up to a limit. */
async function countPages(fetchPage: (cursor: string | undefined) => Promise<Page>): Promise<Count> {
  let count = 0;
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const { data, nextCursor } = await fetchPage(cursor);
    count += data.length;
    if (!nextCursor) return { count, isAtLeast: false };
    cursor = nextCursor;
  }
  return { count, isAtLeast: true };
}

/** Partner organisations the user can see (row-level security decides which). */
export const partnerCountQuery = queryOptions({
  queryKey: ['organisations', 'count', { kind: 'partner' }],
  queryFn: () =>
    countPages(async (cursor) =>
      unwrap(
        await api.GET('/api/v1/organisations', {
          params: { query: { kind: 'partner', limit: PAGE_SIZE, cursor } },
        }),
      ),
    ),
});

/** Users across the organisations the user can see. */
export const userCountQuery = queryOptions({
  queryKey: ['users', 'count'],
  queryFn: () =>
    countPages(async (cursor) =>
      unwrap(await api.GET('/api/v1/users', { params: { query: { limit: PAGE_SIZE, cursor } } })),
    ),
});

/** The vendor organisation a partner works with: partners see it, and only it, besides their own. */
export const vendorOrganisationQuery = queryOptions({
  queryKey: ['organisations', 'vendor'],
  queryFn: async () => {
    const page = unwrap(
      await api.GET('/api/v1/organisations', { params: { query: { kind: 'vendor', limit: 1 } } }),
    );
    return page.data[0] ?? null;
  },
});
