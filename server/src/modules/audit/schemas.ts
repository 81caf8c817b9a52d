import { z } from 'zod';
import { iso, timestamp } from '../../platform/http/schemas.ts';
import type { auditEvents } from './tables.ts';

export const auditEventSchema = z
  .object({
    id: z.string(),
    sequence: z.number().int(),
    occurredAt: timestamp,
    actorType: z.enum(['user', 'api_key', 'system']),
    actorId: z.string().nullable(),
    organisationId: z.string().nullable(),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string(),
    before: z.unknown().nullable(),
    after: z.unknown().nullable(),
    requestId: z.string().nullable(),
    ip: z.string().nullable(),
    hash: z.string(),
  })
  .meta({ id: 'AuditEvent' });

export const listAuditEventsQuery = z.object({
  entityType: z.string().max(60).optional(),
  entityId: z.string().max(60).optional(),
  actorId: z.string().max(60).optional(),
  action: z.string().max(80).optional(),
  occurredFrom: timestamp.optional().describe('Inclusive'),
  occurredTo: timestamp.optional().describe('Exclusive'),
});

export function presentAuditEvent(row: typeof auditEvents.$inferSelect): z.infer<typeof auditEventSchema> {
  return {
    id: row.id,
    sequence: row.sequence,
    occurredAt: iso(row.occurredAt),
    actorType: row.actorType,
    actorId: row.actorId,
    organisationId: row.organisationId,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    before: row.before ?? null,
    after: row.after ?? null,
    requestId: row.requestId,
    ip: row.ip,
    hash: row.hash,
  };
}
