import type { Transaction } from '../../platform/db/connection.ts';
import { newId } from '../../platform/ids.ts';
import { emailOutbox } from './tables.ts';

export type QueuedEmail = {
  workspaceId: string;
  organisationId: string | null;
  to: string;
  template: string;
  subject: string;
  text: string;
};

/** Queues an e-mail in the caller's transaction: it exists only if the change that caused it commits. */
export async function queueEmail(tx: Transaction, email: QueuedEmail): Promise<void> {
  await tx.insert(emailOutbox).values({
    id: newId('email'),
    workspaceId: email.workspaceId,
    organisationId: email.organisationId,
    toAddress: email.to,
    template: email.template,
    subject: email.subject,
    textBody: email.text,
  });
}
