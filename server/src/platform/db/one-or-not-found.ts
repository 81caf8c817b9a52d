import { notFound } from '../errors.ts';

/** A select that can also be run with FOR UPDATE: what every "find one by id" query is. */
type LockableSelect<Row> = PromiseLike<Row[]> & { for(strength: 'update'): PromiseLike<Row[]> };

/**
 * The first row of `query`, or the module's 404. Row-level security hides what the actor may not
 * see, so "not visible" and "absent" answer alike. Updates pass `forUpdate` so the version they
 * check cannot change before they write.
 */
export async function oneOrNotFound<Row>(
  query: LockableSelect<Row>,
  entity: string,
  { forUpdate = false }: { forUpdate?: boolean } = {},
): Promise<Row> {
  const [row] = forUpdate ? await query.for('update') : await query;
  if (!row) throw notFound(entity);
  return row;
}
