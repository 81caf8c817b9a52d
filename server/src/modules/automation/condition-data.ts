import type { DomainEvent } from '../events/event-subscriber.ts';

/**
 * What a rule's condition and its text placeholders see: the event, and the entity before and
 * after the change (as the API presents it). `{ "var": "after.status" }` reads the new status.
 */
export type ConditionData = {
  event: {
    id: string;
    type: string;
    entityType: string;
    entityId: string;
    organisationId: string | null;
    actor: { type: string; id: string | null };
    occurredAt: string;
  };
  before: unknown;
  after: unknown;
};

export function conditionDataOf(event: DomainEvent): ConditionData {
  const data = (event.data ?? {}) as { before?: unknown; after?: unknown };
  return {
    event: {
      id: event.id,
      type: event.type,
      entityType: event.entityType,
      entityId: event.entityId,
      organisationId: event.organisationId,
      actor: { type: event.actorType, id: event.actorId },
      occurredAt: event.occurredAt.toISOString(),
    },
    before: data.before ?? null,
    after: data.after ?? null,
  };
}
