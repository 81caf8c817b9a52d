import { and, eq } from 'drizzle-orm';
import type { Transaction } from '../../platform/db/connection.ts';
import { presentOrganisation } from '../organisations/schemas.ts';
import { organisations } from '../organisations/tables.ts';
import { loadTaskSnapshot } from '../tasks/index.ts';
import { presentUser } from '../users/schemas.ts';
import { users } from '../users/tables.ts';

type Key = { workspaceId: string; id: string };
/** The entity now, presented as its events' `after` shows it; null when it no longer exists. */
type EntityLoader = (tx: Transaction, key: Key) => Promise<unknown>;

/**
 * For "3 days later, if still X": a delayed action re-evaluates its rule's condition with `after`
 * replaced by the entity as it is now. Entity types without a loader cannot be rechecked; a module
 * whose events rules should recheck adds its loader here.
 */
const ENTITY_LOADERS: Record<string, EntityLoader> = {
  organisation: async (tx, { workspaceId, id }) => {
    const [row] = await tx
      .select()
      .from(organisations)
      .where(and(eq(organisations.workspaceId, workspaceId), eq(organisations.id, id)));
    return row ? presentOrganisation(row) : null;
  },
  user: async (tx, { workspaceId, id }) => {
    const [row] = await tx
      .select()
      .from(users)
      .where(and(eq(users.workspaceId, workspaceId), eq(users.id, id)));
    return row ? presentUser(row) : null;
  },
  task: (tx, key) => loadTaskSnapshot(tx, key),
};

export const RECHECKABLE_ENTITY_TYPES = Object.keys(ENTITY_LOADERS);

export function canRecheck(entityType: string): boolean {
  return Object.hasOwn(ENTITY_LOADERS, entityType);
}

/** The entity's current state as plain JSON (like the event's snapshot), or null when it is gone. */
export async function loadCurrentEntity(
  tx: Transaction,
  { entityType, ...key }: Key & { entityType: string },
): Promise<unknown> {
  const loader = Object.hasOwn(ENTITY_LOADERS, entityType) ? ENTITY_LOADERS[entityType] : undefined;
  if (!loader) throw new Error(`Entities of type ${entityType} cannot be rechecked.`);
  const current = await loader(tx, key);
  return current === null ? null : JSON.parse(JSON.stringify(current));
}
