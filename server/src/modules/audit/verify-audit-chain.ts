import type pg from 'pg';
import { GENESIS_HASH, type HashedAuditFields, hashAuditEvent } from '../../platform/audit.ts';

export type ChainBreak = { workspaceId: string; sequence: number; eventId: string | null; reason: string };
export type ChainReport = { workspaces: number; events: number; breaks: ChainBreak[] };

type Row = {
  id: string;
  workspace_id: string;
  sequence: number;
  occurred_at: Date | string;
  actor_type: string;
  actor_id: string | null;
  organisation_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  before: unknown;
  after: unknown;
  previous_hash: string;
  hash: string;
};

/**
 * Recomputes every workspace's chain and reports the first bad link of each: an edited row
 * (hash mismatch), a deleted row (sequence gap or broken previous-hash link), or a deleted tail
 * (the chain head records a later event than the last one found). Runs as the database owner so
 * row-level security cannot hide rows from it.
 */
export async function verifyAuditChain(client: pg.ClientBase | pg.Pool): Promise<ChainReport> {
  const heads = await client.query<{ workspace_id: string; last_sequence: number; last_hash: string }>(
    'SELECT workspace_id, last_sequence, last_hash FROM audit_chain_heads ORDER BY workspace_id',
  );
  const breaks: ChainBreak[] = [];
  let events = 0;
  for (const head of heads.rows) {
    const found = await verifyWorkspace(client, head);
    events += found.events;
    if (found.chainBreak) breaks.push(found.chainBreak);
  }
  return { workspaces: heads.rows.length, events, breaks };
}

async function verifyWorkspace(
  client: pg.ClientBase | pg.Pool,
  head: { workspace_id: string; last_sequence: number; last_hash: string },
): Promise<{ events: number; chainBreak: ChainBreak | null }> {
  const workspaceId = head.workspace_id;
  let expectedSequence = 1;
  let previousHash = GENESIS_HASH;
  let events = 0;
  // Keyset pages keep memory flat on long chains.
  for (;;) {
    const page = await client.query<Row>(
      `SELECT id, workspace_id, sequence, occurred_at, actor_type, actor_id, organisation_id, action,
              entity_type, entity_id, before, after, previous_hash, hash
       FROM audit_events WHERE workspace_id = $1 AND sequence >= $2 ORDER BY sequence LIMIT 5000`,
      [workspaceId, expectedSequence],
    );
    for (const row of page.rows) {
      events += 1;
      const broken = (reason: string) => ({
        events,
        chainBreak: { workspaceId, sequence: row.sequence, eventId: row.id, reason },
      });
      if (row.sequence !== expectedSequence) {
        return broken(`event ${expectedSequence} is missing (next found is ${row.sequence})`);
      }
      if (row.previous_hash !== previousHash)
        return broken('previous-hash link does not match the event before it');
      const recomputed = hashAuditEvent({
        id: row.id,
        workspaceId: row.workspace_id,
        sequence: row.sequence,
        occurredAt: new Date(row.occurred_at).toISOString(),
        actorType: row.actor_type as HashedAuditFields['actorType'],
        actorId: row.actor_id,
        organisationId: row.organisation_id,
        action: row.action,
        entityType: row.entity_type,
        entityId: row.entity_id,
        before: row.before,
        after: row.after,
        previousHash: row.previous_hash,
      });
      if (recomputed !== row.hash) return broken('content does not match its hash (the row was altered)');
      previousHash = row.hash;
      expectedSequence += 1;
    }
    if (page.rows.length < 5000) break;
  }
  if (expectedSequence - 1 !== head.last_sequence || previousHash !== head.last_hash) {
    return {
      events,
      chainBreak: {
        workspaceId,
        sequence: expectedSequence,
        eventId: null,
        reason: `chain ends at event ${expectedSequence - 1} but its head records event ${head.last_sequence} (events were deleted)`,
      },
    };
  }
  return { events, chainBreak: null };
}
