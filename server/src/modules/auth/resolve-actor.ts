import { eq, sql } from 'drizzle-orm';
import { batchCallsPer } from '../../platform/batching.ts';
import type { UserActor } from '../../platform/context.ts';
import { applyActor } from '../../platform/context.ts';
import { textArray } from '../../platform/db/arrays.ts';
import type { Database } from '../../platform/db/connection.ts';
import type { Permission, Role } from '../../platform/permissions.ts';
import { sha256Hex } from '../../platform/secrets.ts';
import { apiKeys } from '../api-keys/tables.ts';
import { sessions } from './tables.ts';

export const SESSION_IDLE_MS = 24 * 60 * 60 * 1000;
/** Writing last-seen on every request would turn each read into a write; a few minutes is enough. */
const TOUCH_AFTER_MS = 5 * 60 * 1000;

export type ResolvedSession = { actor: UserActor; isMfaPending: boolean };

type SessionRow = {
  session_id: string;
  workspace_id: string;
  organisation_id: string;
  organisation_kind: 'vendor' | 'partner';
  user_id: string;
  role: Role;
  regions: string[] | null;
  is_mfa_pending: boolean;
  // Drizzle's driver hands timestamps of raw queries back as text.
  last_seen_at: string;
  expires_at: string;
};

/**
 * Every request of a session asks for it first; concurrent requests share one query, one batch
 * per pool so a test's database and the app's never mix.
 */
const lookUpSession = batchCallsPer(async (db: Database, tokenHashes: string[]) => {
  const result = await db.execute<SessionRow & { token_hash: string }>(
    sql`SELECT h.token_hash, s.* FROM unnest(${textArray(tokenHashes)}::text[]) AS h(token_hash)
        CROSS JOIN LATERAL trellis_auth_session(h.token_hash) AS s`,
  );
  const byHash = new Map(result.rows.map((row) => [row.token_hash, row]));
  return tokenHashes.map((hash): SessionRow | null => byHash.get(hash) ?? null);
});

export async function resolveSession(
  db: Database,
  token: string,
  now: Date,
): Promise<ResolvedSession | null> {
  const row = await lookUpSession(db, sha256Hex(token));
  if (!row) return null;
  const lastSeenAt = new Date(row.last_seen_at);
  if (new Date(row.expires_at) <= now || now.getTime() - lastSeenAt.getTime() > SESSION_IDLE_MS) return null;
  const actor: UserActor = {
    type: 'user',
    workspaceId: row.workspace_id,
    organisationId: row.organisation_id,
    organisationKind: row.organisation_kind,
    userId: row.user_id,
    role: row.role,
    regions: row.regions,
    sessionId: row.session_id,
    apiKeyId: null,
    scopes: null,
  };
  if (now.getTime() - lastSeenAt.getTime() > TOUCH_AFTER_MS) {
    await db.transaction(async (tx) => {
      await applyActor(tx, actor);
      await tx.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, row.session_id));
    });
  }
  return { actor, isMfaPending: row.is_mfa_pending };
}

type ApiKeyRow = {
  api_key_id: string;
  workspace_id: string;
  organisation_id: string;
  organisation_kind: 'vendor' | 'partner';
  user_id: string;
  role: Role;
  regions: string[] | null;
  scopes: Permission[];
  expires_at: string | null;
  revoked_at: string | null;
  last_used_at: string | null;
};

export async function resolveApiKey(db: Database, key: string, now: Date): Promise<UserActor | null> {
  const result = await db.execute<ApiKeyRow>(sql`SELECT * FROM trellis_auth_api_key(${sha256Hex(key)})`);
  const row = result.rows[0];
  if (!row || row.revoked_at || (row.expires_at && new Date(row.expires_at) <= now)) return null;
  const actor: UserActor = {
    type: 'user',
    workspaceId: row.workspace_id,
    organisationId: row.organisation_id,
    organisationKind: row.organisation_kind,
    userId: row.user_id,
    role: row.role,
    regions: row.regions,
    sessionId: null,
    apiKeyId: row.api_key_id,
    scopes: row.scopes,
  };
  if (!row.last_used_at || now.getTime() - new Date(row.last_used_at).getTime() > 60_000) {
    await db.transaction(async (tx) => {
      await applyActor(tx, actor);
      await tx.update(apiKeys).set({ lastUsedAt: now }).where(eq(apiKeys.id, row.api_key_id));
    });
  }
  return actor;
}
