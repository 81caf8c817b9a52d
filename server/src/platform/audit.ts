import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { sql } from 'drizzle-orm';
import { auditChainHeads, auditEvents } from '../modules/audit/tables.ts';
import { domainEvents } from '../modules/events/tables.ts';
import type { Ctx } from './context.ts';
import type { Transaction } from './db/connection.ts';
import { insertRowsPayload, rowsFor } from './db/insert-rows.ts';
import { newId } from './ids.ts';

export const GENESIS_HASH = '0'.repeat(64);
export const EVENTS_CHANNEL = 'trellis_events';

export type AuditChange = {
  action: string;
  entityType: string;
  entityId: string;
  /** Owning organisation of the entity, so partners' own history stays visible only to them. */
  organisationId: string | null;
  before?: unknown;
  after?: unknown;
};

/** The fields a hash covers, in one place so writing and verifying cannot disagree. */
export type HashedAuditFields = {
  id: string;
  workspaceId: string;
  sequence: number;
  occurredAt: string;
  actorType: 'user' | 'api_key' | 'system';
  actorId: string | null;
  organisationId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  previousHash: string;
};

export function hashAuditEvent(fields: HashedAuditFields): string {
  return createHash('sha256')
    .update(canonicalize(fields) ?? '')
    .digest('hex');
}

/** Secrets never enter the audit trail, whatever the caller passes. */
const REDACTED_KEYS = new Set(['passwordHash', 'mfaSecretEncrypted', 'tokenHash', 'keyHash', 'password']);

function toAuditJson(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  return JSON.parse(JSON.stringify(value, (key, inner) => (REDACTED_KEYS.has(key) ? undefined : inner)));
}

/**
 * Records a state change, inside the caller's transaction so the change and its records commit
 * together or not at all: one link of the workspace's audit hash chain, and one domain event in
 * the outbox for notifications, webhooks and automation rules. Locking the chain head (created
 * with the workspace) serialises writers per workspace, which keeps sequences gap-free.
 */
export async function recordChange(tx: Transaction, ctx: Ctx, change: AuditChange): Promise<void> {
  await recordChanges(tx, [{ ctx, change }]);
}

/**
 * Records many changes of one workspace as consecutive links, each by its own actor, under one
 * lock of the chain head: what a batch of writes pays once instead of once per change.
 */
export async function recordChanges(
  tx: Transaction,
  entries: readonly { ctx: Ctx; change: AuditChange }[],
): Promise<void> {
  if (entries.length === 0) return;
  const workspaceId = entries[0]!.ctx.actor.workspaceId;
  if (entries.some((entry) => entry.ctx.actor.workspaceId !== workspaceId)) {
    throw new Error('One audit batch records changes of one workspace');
  }
  const head = await tx.execute<{ last_sequence: number; last_hash: string }>(
    sql`SELECT last_sequence, last_hash FROM ${auditChainHeads} WHERE workspace_id = ${workspaceId} FOR UPDATE`,
  );
  const previous = head.rows[0];
  if (!previous) throw new Error(`Workspace ${workspaceId} has no audit chain head`);
  let sequence = previous.last_sequence;
  let previousHash = previous.last_hash;
  const links = entries.map(({ ctx, change }) => {
    const { actor } = ctx;
    sequence += 1;
    const fields: HashedAuditFields = {
      id: newId('auditEvent'),
      workspaceId,
      sequence,
      occurredAt: new Date().toISOString(),
      actorType: actor.type === 'system' ? 'system' : actor.apiKeyId ? 'api_key' : 'user',
      actorId: actor.type === 'system' ? (actor.automationRuleId ?? null) : (actor.apiKeyId ?? actor.userId),
      organisationId: change.organisationId,
      action: change.action,
      entityType: change.entityType,
      entityId: change.entityId,
      before: toAuditJson(change.before),
      after: toAuditJson(change.after),
      previousHash,
    };
    previousHash = hashAuditEvent(fields);
    return { ctx, fields, hash: previousHash };
  });
  // One round trip for the links, the new head and the outbox: a batch pays it once.
  const rows = insertRowsPayload([
    rowsFor(
      auditEvents,
      links.map(({ ctx, fields, hash }) => ({
        ...fields,
        occurredAt: new Date(fields.occurredAt),
        requestId: ctx.requestId ?? null,
        ip: ctx.ip ?? null,
        hash,
      })),
    ),
    rowsFor(
      domainEvents,
      links.map(({ fields }) => ({
        id: newId('event'),
        workspaceId,
        organisationId: fields.organisationId,
        type: fields.action,
        entityType: fields.entityType,
        entityId: fields.entityId,
        actorType: fields.actorType,
        actorId: fields.actorId,
        data: { before: fields.before, after: fields.after },
        occurredAt: new Date(fields.occurredAt),
      })),
    ),
  ]);
  await tx.execute(sql`WITH head AS (
      UPDATE ${auditChainHeads} SET last_sequence = ${sequence}, last_hash = ${previousHash}
      WHERE workspace_id = ${workspaceId} RETURNING workspace_id)
    SELECT trellis_insert_rows(${rows}::jsonb),
      -- Delivered at commit only; wakes dispatchers at once instead of at their next poll.
      pg_notify(${EVENTS_CHANNEL}, ${workspaceId})
    FROM head`);
}
