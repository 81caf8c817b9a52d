import { sql } from 'drizzle-orm';
import { textArray } from './db/arrays.ts';
import type { Database, Transaction } from './db/connection.ts';
import { forbidden } from './errors.ts';
import { assertCan, type Permission, type Role } from './permissions.ts';

/** A signed-in person, or an API key acting for the person who created it. */
export type UserActor = {
  type: 'user';
  workspaceId: string;
  organisationId: string;
  organisationKind: 'vendor' | 'partner';
  userId: string;
  role: Role;
  /** Regions a regional manager is limited to; null: no limit. */
  regions: string[] | null;
  sessionId: string | null;
  apiKeyId: string | null;
  /** Set for API keys: the key may do only these, and only what its creator's role allows. */
  scopes: Permission[] | null;
};

/** Sign-in, background jobs and seeding: the whole workspace, no one's permissions. */
export type SystemActor = {
  type: 'system';
  workspaceId: string;
  reason: string;
  /** Set while an automation rule acts: its changes name the rule, and cannot trigger rules again. */
  automationRuleId?: string;
};

export type Actor = UserActor | SystemActor;

export type Ctx = {
  db: Database;
  actor: Actor;
  requestId?: string;
  ip?: string;
};

export function isPartnerActor(actor: Actor): boolean {
  return actor.type === 'user' && actor.organisationKind === 'partner';
}

/** Narrows a context to a person; verbs that need "who" (not just "which workspace") use it. */
export function requireUser(ctx: Ctx): UserActor {
  if (ctx.actor.type !== 'user') throw forbidden('This action needs a signed-in user.');
  return ctx.actor;
}

export function assertActorCan(ctx: Ctx, permission: Permission): UserActor {
  const actor = requireUser(ctx);
  assertCan(actor, permission);
  return actor;
}

/**
 * Runs `work` in a transaction whose row-level security settings describe the actor. Every
 * database access of a request goes through here, so the policies always know who is asking.
 */
export async function withTransaction<T>(ctx: Ctx, work: (tx: Transaction) => Promise<T>): Promise<T> {
  return ctx.db.transaction(async (tx) => {
    await applyActor(tx, ctx.actor);
    return work(tx);
  });
}

export async function applyActor(tx: Transaction, actor: Actor): Promise<void> {
  const kind = actor.type === 'system' ? 'system' : actor.organisationKind;
  const organisationId = actor.type === 'user' ? actor.organisationId : '';
  const regions = actor.type === 'user' && actor.regions ? textArray(actor.regions) : '';
  await tx.execute(sql`SELECT
    set_config('trellis.workspace_id', ${actor.workspaceId}, true),
    set_config('trellis.organisation_id', ${organisationId}, true),
    set_config('trellis.actor_kind', ${kind}, true),
    set_config('trellis.regions', ${regions}, true)`);
}
