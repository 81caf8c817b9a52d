/**
 * Fields a condition (and a text placeholder) can read. The event's own fields are the same for
 * every event; the entity's are what its API representation holds, before and after the change.
 * The catalogue does not list entity fields, so the common ones are offered here as suggestions;
 * any other path can still be typed.
 */
const EVENT_FIELDS = [
  'event.type',
  'event.entityId',
  'event.organisationId',
  'event.actor.type',
  'event.actor.id',
  'event.occurredAt',
];

const ENTITY_FIELDS: Record<string, string[]> = {
  organisation: ['name', 'kind', 'status', 'region', 'country', 'websiteDomain'],
  user: ['name', 'email', 'role', 'status', 'locale', 'organisationId', 'isMfaEnabled'],
  task: ['title', 'status', 'assigneeId', 'dueAt', 'entityType', 'entityId', 'createdByType'],
  invitation: ['email', 'role', 'organisationId', 'status'],
  api_key: ['name', 'organisationId', 'scopes'],
  webhook_endpoint: ['url', 'status', 'eventTypes'],
  chat_integration: ['name', 'kind', 'status', 'eventTypes'],
  automation_rule: ['name', 'eventType', 'isEnabled'],
};

/** Suggestions for a rule listening for events about `entityType`: entity fields first. */
export function conditionFieldsFor(entityType: string | undefined): string[] {
  const entityFields = (entityType ? ENTITY_FIELDS[entityType] : undefined) ?? ['name', 'status'];
  return [
    ...entityFields.map((field) => `after.${field}`),
    ...entityFields.map((field) => `before.${field}`),
    ...EVENT_FIELDS,
  ];
}
