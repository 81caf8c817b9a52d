import type { EventSubscriber } from '../events/event-subscriber.ts';
import { IMPORT_DECISIONS_APPLIED } from './apply-import-decisions.ts';
import { IMPORT_MAPPED } from './confirm-import-mapping.ts';
import { partnerImportJob } from './process-partner-import.ts';

/**
 * The API has no job queue: a mapping or a set of decisions records its event, and this
 * subscriber queues the import's job in the dispatch transaction, so the request never waits for
 * the file and the job exists exactly when the event does.
 */
export const enqueuePartnerImports: EventSubscriber = {
  name: 'partner-imports',
  handle: async ({ tx, event, jobs }) => {
    if (event.type !== IMPORT_MAPPED && event.type !== IMPORT_DECISIONS_APPLIED) return;
    await jobs.send(tx, partnerImportJob, { workspaceId: event.workspaceId, importId: event.entityId });
  },
};
