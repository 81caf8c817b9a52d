import { apiKeys } from '../src/modules/api-keys/tables.ts';
import { createSession } from '../src/modules/auth/sessions.ts';
import { invitations, users } from '../src/modules/users/tables.ts';
import { type Ctx, withTransaction } from '../src/platform/context.ts';
import type { Database } from '../src/platform/db/connection.ts';
import { newId } from '../src/platform/ids.ts';
import type { Role } from '../src/platform/permissions.ts';
import { randomToken, sha256Hex } from '../src/platform/secrets.ts';

/**
 * Bare rows for tests that need many throw-away targets (a user to rename, an invitation to
 * revoke). They go in as the workspace's system actor, so row-level security still applies.
 */
const systemCtx = (db: Database, workspaceId: string): Ctx => ({
  db,
  actor: { type: 'system', workspaceId, reason: 'test fixture' },
});

type Place = { workspaceId: string; organisationId: string };

export async function insertUser(
  db: Database,
  place: Place,
  role: Role,
  { passwordHash = null, regions = null }: { passwordHash?: string | null; regions?: string[] | null } = {},
): Promise<{ id: string; email: string }> {
  const id = newId('user');
  const email = `${id}@fixture.test`;
  await withTransaction(systemCtx(db, place.workspaceId), (tx) =>
    tx.insert(users).values({
      id,
      workspaceId: place.workspaceId,
      organisationId: place.organisationId,
      email,
      name: `Fixture ${role}`,
      role,
      regions,
      passwordHash,
    }),
  );
  return { id, email };
}

export async function insertInvitation(db: Database, place: Place, role: Role): Promise<string> {
  const id = newId('invitation');
  await withTransaction(systemCtx(db, place.workspaceId), (tx) =>
    tx.insert(invitations).values({
      id,
      workspaceId: place.workspaceId,
      organisationId: place.organisationId,
      email: `${id}@fixture.test`,
      role,
      tokenHash: sha256Hex(randomToken()),
      expiresAt: new Date(Date.now() + 86_400_000),
    }),
  );
  return id;
}

export async function insertApiKey(db: Database, place: Place, createdBy: string): Promise<string> {
  const id = newId('apiKey');
  await withTransaction(systemCtx(db, place.workspaceId), (tx) =>
    tx.insert(apiKeys).values({
      id,
      workspaceId: place.workspaceId,
      organisationId: place.organisationId,
      createdBy,
      name: 'Fixture key',
      prefix: 'trl_fixtur',
      keyHash: sha256Hex(randomToken()),
      scopes: ['users:read'],
    }),
  );
  return id;
}

export async function insertSession(db: Database, place: Place & { userId: string }): Promise<string> {
  return withTransaction(systemCtx(db, place.workspaceId), (tx) =>
    createSession(tx, {
      workspaceId: place.workspaceId,
      organisationId: place.organisationId,
      userId: place.userId,
      isMfaPending: false,
      ip: null,
      userAgent: 'fixture',
      now: new Date(),
    }),
  );
}
