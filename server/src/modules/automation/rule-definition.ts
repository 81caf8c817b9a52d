import { DomainError } from '../../platform/errors.ts';
import { eventTypeInfo } from '../events/event-types.ts';
import { conditionProblem } from './condition.ts';

/** Rules listen only for events Trellis records; a typo would otherwise wait forever in silence. */
export function assertKnownEventType(eventType: string): void {
  if (eventTypeInfo(eventType)) return;
  const message = 'is not an event type Trellis records; GET /automation/catalogue lists them';
  throw new DomainError('validation', 'unknown_event_type', `body.eventType ${message}.`, [
    { field: 'body.eventType', message },
  ]);
}

export function assertValidCondition(condition: unknown): void {
  const problem = conditionProblem(condition);
  if (!problem) return;
  throw new DomainError('validation', 'invalid_condition', `The condition ${problem}.`, [
    { field: 'body.condition', message: problem },
  ]);
}
