/** The audit trail's filters, kept in the address so a filtered view survives a reload or a link. */
export type AuditSearch = {
  entityType?: string;
  entityId?: string;
  actorId?: string;
  action?: string;
  /** Days as a date input gives them: "2025-03-31". */
  from?: string;
  to?: string;
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function text(value: unknown, maxLength: number): string | undefined {
  return typeof value === 'string' && value.trim() !== '' && value.length <= maxLength
    ? value.trim()
    : undefined;
}

function day(value: unknown): string | undefined {
  return typeof value === 'string' && DAY.test(value) ? value : undefined;
}

/** Anything else in the address is dropped rather than sent to the API to be refused. */
export function parseAuditSearch(search: Record<string, unknown>): AuditSearch {
  const parsed: AuditSearch = {
    entityType: text(search.entityType, 60),
    entityId: text(search.entityId, 60),
    actorId: text(search.actorId, 60),
    action: text(search.action, 80),
    from: day(search.from),
    to: day(search.to),
  };
  return Object.fromEntries(Object.entries(parsed).filter(([, value]) => value !== undefined));
}

/** The API's query: `to` is inclusive for the reader, so the API gets the next day's start. */
export function auditQueryOf(search: AuditSearch) {
  const startOf = (value: string) => new Date(`${value}T00:00:00`);
  const dayAfter = (value: string) => {
    const date = startOf(value);
    date.setDate(date.getDate() + 1);
    return date;
  };
  return {
    entityType: search.entityType,
    entityId: search.entityId,
    actorId: search.actorId,
    action: search.action,
    occurredFrom: search.from ? startOf(search.from).toISOString() : undefined,
    occurredTo: search.to ? dayAfter(search.to).toISOString() : undefined,
  };
}
