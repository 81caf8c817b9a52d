import type { Config } from './config.ts';
import { runAutomationActionJob, runAutomationRules } from './modules/automation/index.ts';
import { postChatJob, postEventsToChat } from './modules/chat/index.ts';
import {
  checkComplianceExpiryJob,
  screenAllPartnersJob,
  screenOnEvents,
} from './modules/compliance/index.ts';
import { checkApprovalSlasJob, checkDealProtectionJob } from './modules/deals/index.ts';
import { dispatchPendingEvents } from './modules/events/dispatch-events.ts';
import type { EventSubscriber } from './modules/events/event-subscriber.ts';
import { notifyOnEvent } from './modules/notifications/notify-on-event.ts';
import { pumpEmailOutbox } from './modules/notifications/pump-email-outbox.ts';
import { sendEmailJob } from './modules/notifications/send-email.ts';
import { onboardingMilestoneJob, onboardingOnEvent } from './modules/onboarding/index.ts';
import { enqueuePartnerImports, partnerImportJob } from './modules/partner-imports/index.ts';
import { evaluateTiersJob } from './modules/tiers/index.ts';
import { deliverEventsToWebhooks, deliverWebhookJob } from './modules/webhooks/index.ts';
import type { Database } from './platform/db/connection.ts';
import type { JobDefinition } from './platform/jobs/define-job.ts';
import { startJobRunner } from './platform/jobs/job-runner.ts';

/** Every module's reactions to domain events. A new module adds one line here. */
export const EVENT_SUBSCRIBERS: EventSubscriber[] = [
  notifyOnEvent,
  deliverEventsToWebhooks,
  postEventsToChat,
  runAutomationRules,
  screenOnEvents,
  onboardingOnEvent,
  enqueuePartnerImports,
];

/** Every module's background jobs. */
export const JOBS: JobDefinition[] = [
  sendEmailJob,
  deliverWebhookJob,
  postChatJob,
  runAutomationActionJob,
  checkComplianceExpiryJob,
  screenAllPartnersJob,
  evaluateTiersJob,
  onboardingMilestoneJob,
  partnerImportJob,
  checkApprovalSlasJob,
  checkDealProtectionJob,
];

type Log = (message: string, details?: Record<string, unknown>) => void;

/** The background half of Trellis: event dispatch and job workers, in this process. */
export async function startWorkers({
  ownerUrl,
  db,
  config,
  secret,
  clock = () => new Date(),
  log,
  idlePollMs,
}: {
  ownerUrl: string;
  db: Database;
  config: Config;
  secret: string;
  clock?: () => Date;
  log: Log;
  idlePollMs?: number;
}) {
  return startJobRunner({
    ownerUrl,
    db,
    config,
    secret,
    clock,
    jobs: JOBS,
    log,
    ...(idlePollMs ? { idlePollMs } : {}),
    // Events first, then the e-mail outbox they (and verbs) filled.
    dispatch: async (queue) =>
      (await dispatchPendingEvents({ db, config, subscribers: EVENT_SUBSCRIBERS, jobs: queue, clock, log })) +
      (await pumpEmailOutbox({ db, config, jobs: queue })),
  });
}
