import { and, eq } from 'drizzle-orm';
import type { Transaction } from '../../platform/db/connection.ts';
import { oneOrNotFound } from '../../platform/db/one-or-not-found.ts';
import { DomainError } from '../../platform/errors.ts';
import { partnerApplications } from './tables.ts';

export async function findPartnerApplication(
  tx: Transaction,
  workspaceId: string,
  id: string,
  { forUpdate = false } = {},
) {
  const query = tx
    .select()
    .from(partnerApplications)
    .where(and(eq(partnerApplications.workspaceId, workspaceId), eq(partnerApplications.id, id)));
  return oneOrNotFound(query, 'partner_application', { forUpdate });
}

/** An application is decided once: approving or rejecting it again would invite or e-mail twice. */
export function assertUndecided(application: { status: string }): void {
  if (application.status !== 'new') {
    throw new DomainError(
      'conflict',
      'partner_application_already_decided',
      `This application was already ${application.status}; it cannot be decided again.`,
    );
  }
}
